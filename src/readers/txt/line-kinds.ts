// What each line of a text export is: blank, a rule, a row of tab- or pipe-separated cells, or text.
import { isBareDottedNumber, lineStartNumber } from '../../normalize/item-number.js';
import { isRule } from './markup.js';

export type LineKind = 'blank' | 'rule' | 'tab' | 'pipe' | 'text';

const PIPE = /[|│┃]/gu;

export function lineKind(raw: string): LineKind {
  if (raw.trim() === '') return 'blank';
  if (isRule(raw)) return 'rule';
  if (raw.includes('\t')) {
    // two or more cells with text, or a first cell followed by empty ones (a section row)
    const parts = raw.split('\t');
    if (parts.length >= 3 || parts.filter((p) => p.trim() !== '').length >= 2) return 'tab';
  }
  const pipes = raw.match(PIPE)?.length ?? 0;
  if (pipes >= 2 && /[|│┃]\s*$/u.test(raw)) return 'pipe';
  if (pipes >= 3) return 'pipe';
  return 'text';
}

/**
 * Split a pipe-table line into cells: «| a | b |» and «│ a │ b │» (bordered: the first pipe is a
 * border), or «a |b |c |» (each cell ends in a pipe: a leading pipe closes an empty first cell).
 */
export function splitPipeCells(raw: string, bordered: boolean): string[] {
  let s = raw.replace(/\s+$/u, '');
  if (bordered) s = s.replace(/^\s*[|│┃]/u, '');
  if (/[|│┃]$/u.test(s)) s = s.slice(0, -1);
  return s.split(/[|│┃]/u);
}

/** An item number standing alone on its line («1.», «2.10.», «4.4», «12»). */
export function isBareNumber(raw: string): boolean {
  return isBareDottedNumber(raw);
}

/** An item number at the start of a line, with text after it («7. Организация …»). */
export function leadingNumber(raw: string): string | null {
  return lineStartNumber(raw);
}
