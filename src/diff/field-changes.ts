// What changed in one matched item, field by field: wording (with a word diff), timeframe, the lists
// of responsible parties and links, and the cells of other columns.
import type { Item } from '../model/index.js';
import type { ExtraChange, FieldChange, TextChange, TextField } from './diff-result.js';
import { listChange } from './list-change.js';
import { partyKey } from './parties.js';
import { timeframeChange } from './timeframe-change.js';
import { wordDiff } from './word-diff.js';
import { wordingKey } from './wording.js';

export interface FieldOptions {
  /** Leave the report cell out (plan vs report: the report column is checked on its own). */
  skipReport?: boolean;
}

export function fieldChanges(a: Item, b: Item, options: FieldOptions = {}): FieldChange[] {
  const out: FieldChange[] = [];
  const text = (field: TextField) => {
    const change = textChange(field, a[field], b[field]);
    if (change) out.push(change);
  };
  text('activity');
  const tf = timeframeChange(a.timeframe, b.timeframe);
  if (tf) out.push(tf);
  const resp = listChange('responsible', a.responsible, b.responsible, partyKey);
  if (resp) out.push(resp);
  text('result');
  text('indicator');
  text('info');
  const links = listChange('links', a.links, b.links, (s) => s.trim());
  if (links) out.push(links);
  out.push(...extraChanges(a.extra, b.extra));
  if (!options.skipReport) text('report');
  return out;
}

export function textChange(field: TextField, a: string | null, b: string | null): TextChange | null {
  if (wordingKey(a) === wordingKey(b)) return null;
  return { field, a, b, words: wordDiff(a, b) };
}

function extraChanges(a: Record<string, string>, b: Record<string, string>): ExtraChange[] {
  // own keys only: a model built elsewhere may hand in a plain object, where `constructor` is inherited
  const at = (r: Record<string, string>, k: string) => (Object.hasOwn(r, k) ? r[k]! : null);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => wordingKey(at(a, k)) !== wordingKey(at(b, k))).map((key) => ({ field: 'extra' as const, key, a: at(a, key), b: at(b, key) }));
}
