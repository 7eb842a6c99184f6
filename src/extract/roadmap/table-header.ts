// The header of a roadmap table: its columns and their roles, over one or two header rows.
import type { Column, ColumnRole } from '../../model/roadmap.js';
import { joinLines, textKey } from '../../normalize/text.js';
import { headerRole, isPeriodHeader } from './column-roles.js';
import { rolesFromContent } from './content-roles.js';
import { nonEmptyColumns, type WorkRow } from './work-row.js';

export interface TableHeader {
  columns: Column[];
  /** Index (in the work rows) of the first row after the header. */
  bodyStart: number;
  /** Grid columns by role (the first such column). */
  at: Partial<Record<ColumnRole, number>>;
  /** All timeframe columns, in order (a start/end pair, or a grid of periods). */
  timeframeColumns: number[];
  /** The timeframe is a grid of period columns marked with «х» or «+». */
  periodGrid: boolean;
  /** The period each grid column names, as its leaf header reads («I квартал 2025 г.»). */
  periodLabels?: Record<number, string>;
  /** Columns that group items (a «Задача» cell spanning several «Мероприятие» rows): their text goes to every item below. */
  grouping?: number[];
  /** Roles the column's cells decided, the header being unknown or ambiguous: said in a diagnostic. */
  decided?: Array<{ column: number; role: ColumnRole; why: string }>;
}

export function readHeader(rows: WorkRow[]): TableHeader | null {
  if (rows.length === 0) return null;
  let headerRows = rows.filter((r, i) => r.header && i < 3).length || 1;
  // a second header row under the first: sub-headings of a merged header cell («Сроки» → «начало», «окончание»)
  if (headerRows === 1 && rows.length > 2 && looksLikeSubHeader(rows[0]!, rows[1]!)) headerRows = 2;
  const width = rows[0]!.cells.length;
  const texts: string[] = [];
  const leaves: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = 0; r < headerRows; r++) {
      const t = headerText(rows[r]!.cells[c] ?? []);
      // a header cell spanning both rows appears in each: once is its name
      if (t !== '' && parts[parts.length - 1] !== t) parts.push(t);
    }
    // a merged top cell («Сроки выполнения» over two or more columns) leaves its text in its first column only
    if (parts.length === 1 && headerRows === 2 && joinLines(rows[0]!.cells[c] ?? []) === '' && c > 0) {
      const top = spanningTop(rows[0]!, rows[1]!, c);
      if (top !== '') parts.unshift(top);
    }
    texts.push(parts.join(' '));
    leaves.push(parts[parts.length - 1] ?? '');
  }
  let bodyStart = headerRows;
  // the row of column numbers under the header («1 | 2 | 3 | 4 | 5»)
  if (rows[bodyStart] && isColumnNumbering(rows[bodyStart]!)) bodyStart++;

  const named = texts.map(headerRole);
  const columns: Column[] = texts.map((header, i) => ({ header, role: named[i]!.role }));
  const periodCols = leaves.map((t, i) => (isPeriodHeader(t) ? i : -1)).filter((i) => i >= 0);
  const periodGrid = periodCols.length >= 2;
  const periodLabels: Record<number, string> = {};
  if (periodGrid) {
    for (const i of periodCols) {
      columns[i]!.role = 'timeframe';
      named[i] = { role: 'timeframe', strength: 2, known: true };
      periodLabels[i] = leaves[i]!;
    }
  }
  // unnamed first column of numbers
  if (columns[0] && columns[0].role === 'other' && columns[0].header === '' && firstColumnNumbered(rows.slice(bodyStart))) {
    columns[0].role = 'number';
    named[0] = { role: 'number', strength: 2, known: true };
  }
  // two columns naming the activity: «Мероприятие» is the activity, «Задача» / «Цель» / «Направление» beside it groups the items
  const grouping: number[] = [];
  const acts = columns.flatMap((c, i) => (c.role === 'activity' ? [i] : []));
  const strongest = Math.max(0, ...acts.map((i) => named[i]!.strength));
  for (const i of acts) {
    if (named[i]!.strength < strongest) {
      columns[i]!.role = 'other';
      grouping.push(i);
    }
  }
  const decided = rolesFromContent(columns, named.map((n) => n.known), rows.slice(bodyStart));
  const at: Partial<Record<ColumnRole, number>> = {};
  columns.forEach((c, i) => {
    if (at[c.role] === undefined) at[c.role] = i;
  });
  const timeframeColumns = columns.map((c, i) => (c.role === 'timeframe' ? i : -1)).filter((i) => i >= 0);
  return { columns, bodyStart, at, timeframeColumns, periodGrid, periodLabels, grouping, decided };
}

/** A header cell's lines as one name: a word hyphenated at a line end («Срок испол-» / «нения») is joined whole. */
function headerText(lines: readonly string[]): string {
  const joined: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    const prev = joined[joined.length - 1];
    if (prev !== undefined && /\p{Ll}-$/u.test(prev) && /^\p{Ll}/u.test(line)) joined[joined.length - 1] = prev.slice(0, -1) + line;
    else joined.push(line);
  }
  return joinLines(joined);
}

/** The text of the merged top cell over column c: the nearest filled top cell to its left, with no sub-header gap between. */
function spanningTop(top: WorkRow, sub: WorkRow, c: number): string {
  for (let k = c - 1; k >= 0; k--) {
    const t = joinLines(top.cells[k] ?? []);
    if (t !== '') return joinLines(sub.cells[k] ?? []) !== '' ? t : '';
    // a column with neither a top nor a sub-header is not under the span
    if (joinLines(sub.cells[k] ?? []) === '') return '';
  }
  return '';
}

/** A roadmap table names at least an activity and a timeframe or a responsible party. */
export function isRoadmapHeader(h: TableHeader): boolean {
  const roles = new Set(h.columns.map((c) => c.role));
  return roles.has('activity') && (roles.has('timeframe') || roles.has('responsible'));
}

function looksLikeSubHeader(top: WorkRow, next: WorkRow): boolean {
  const topCols = nonEmptyColumns(top);
  const nextCols = nonEmptyColumns(next);
  if (nextCols.length === 0 || topCols.length === top.cells.length) return false;
  // the second row fills exactly the columns the first left empty under a merged cell, with short labels
  return nextCols.every((c) => {
    const t = joinLines(next.cells[c] ?? []);
    return t.length <= 40 && !/^\d+[.)]?$/u.test(t) && !/^\d+\./u.test(t);
  }) && nextCols.some((c) => !topCols.includes(c));
}

function isColumnNumbering(row: WorkRow): boolean {
  const cols = nonEmptyColumns(row);
  if (cols.length < 2) return false;
  return cols.every((c, i) => {
    const t = textKey(joinLines(row.cells[c] ?? []));
    return t === String(c + 1) || t === String(i + 1);
  });
}

function firstColumnNumbered(rows: WorkRow[]): boolean {
  const data = rows.filter((r) => !r.spanning);
  if (data.length === 0) return false;
  const n = data.filter((r) => /^\d{1,3}(?:\.\d{1,3})*\.?$/u.test(joinLines(r.cells[0] ?? []))).length;
  return n / data.length >= 0.5;
}
