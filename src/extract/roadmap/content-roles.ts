// Roles from what a column holds, when its header names none we know (or there is no header text):
// mostly item numbers → number, mostly phrases the date parser reads → timeframe, mostly people and
// bodies → responsible, long prose → activity. Only a role no other column has is given, so a known
// header always wins; each decision is returned for a diagnostic.
import { parseTimeframe } from '../../dates/index.js';
import type { Column, ColumnRole } from '../../model/roadmap.js';
import { parseItemNumber } from '../../normalize/item-number.js';
import { joinLines } from '../../normalize/text.js';
import { isPersonName } from '../person-name.js';
import type { WorkRow } from './work-row.js';

/** Share of a column's filled cells that must agree. */
const MOST = 0.6;

// a body or a post: «Управление образования», «директор», «МОУО», «заместитель руководителя»
const PARTY =
  /(?:^|\s)(?:управлени|отдел|комитет|министерств|департамент|администрац|директор|заместител|руководител|специалист|методист|учител|педагог|координатор|куратор|завуч|заведующ|совет|комисси|рабоч\p{L}*\s+групп|образовательн\p{L}*\s+организаци|школ|ОО\b|ДОО\b)/iu;
const ABBREVIATION = /^[\p{Lu}]{2,}(?:\s+[\p{Lu}«"][\p{L}»"]*)*$/u;

export function isPartyText(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 160) return false;
  if (PARTY.test(t) || ABBREVIATION.test(t)) return true;
  return t.split(/[,;\n]/u).some((p) => isPersonName(p.trim()));
}

function readsAsTimeframe(text: string): boolean {
  // only whether a phrase is a timeframe: the year does not matter here
  return parseTimeframe(text, { year: 2000, docDate: null }).timeframe.kind !== 'none';
}

export function rolesFromContent(
  columns: Column[],
  known: readonly boolean[],
  body: WorkRow[],
): Array<{ column: number; role: ColumnRole; why: string }> {
  const decided: Array<{ column: number; role: ColumnRole; why: string }> = [];
  const has = (role: ColumnRole) => columns.some((c) => c.role === role);
  // only a table whose header already names some of a roadmap: a letterhead or a list of names is not one
  if (!(['activity', 'timeframe', 'responsible', 'result'] as const).some(has)) return decided;
  const data = body.filter((r) => !r.spanning && !r.header).slice(0, 40);
  if (data.length < 2) return decided;
  const cellsOf = (i: number) => data.map((r) => joinLines(r.cells[i] ?? [])).filter((t) => t !== '');
  const share = (cells: string[], test: (t: string) => boolean) => (cells.length === 0 ? 0 : cells.filter(test).length / cells.length);
  const unknown = columns.flatMap((c, i) => (c.role === 'other' && !known[i] ? [i] : []));
  const tests: Array<[ColumnRole, (t: string) => boolean, string]> = [
    ['number', (t) => parseItemNumber(t) !== null, 'its cells are item numbers'],
    ['timeframe', readsAsTimeframe, 'its cells read as dates and periods'],
    ['responsible', isPartyText, 'its cells name people and bodies'],
  ];
  for (const [role, test, why] of tests) {
    if (has(role)) continue;
    let best = -1;
    let bestShare = 0;
    for (const i of unknown) {
      if (columns[i]!.role !== 'other') continue;
      const cells = cellsOf(i);
      if (cells.length < 2) continue;
      const s = share(cells, test);
      if (s >= MOST && s > bestShare) [best, bestShare] = [i, s];
    }
    if (best >= 0) {
      columns[best]!.role = role;
      decided.push({ column: best, role, why: `${why} (${Math.round(bestShare * 100)}%)` });
    }
  }
  if (!has('activity')) {
    // the column of the longest text, when it is clearly prose
    let best = -1;
    let bestLen = 0;
    for (const i of unknown) {
      if (columns[i]!.role !== 'other') continue;
      const cells = cellsOf(i);
      if (cells.length < 2) continue;
      const mean = cells.reduce((n, t) => n + t.length, 0) / cells.length;
      if (mean > bestLen) [best, bestLen] = [i, mean];
    }
    if (best >= 0 && bestLen >= 25) {
      columns[best]!.role = 'activity';
      decided.push({ column: best, role: 'activity', why: 'its cells are the longest prose of the table' });
    }
  }
  return decided;
}
