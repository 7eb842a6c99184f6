// Repairs of roadmap rows damaged on their way out of a word processor (lost tabs, cells shifted by
// one row, a row's tail on a row of its own), each made only when the damage is unmistakable and
// reported as a diagnostic. Refiners in the manner of chrono-node: each takes the rows, returns them.
import { textKey } from '../../normalize/text.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { leadingItemNumber, parseItemNumber } from './item-number.js';
import type { TableHeader } from './table-header.js';
import { cellValue, isBlank, nonEmptyColumns, type WorkRow } from './work-row.js';

export interface RepairContext {
  header: TableHeader;
  table: number;
  diagnostics: Diagnostic[];
}

type Refiner = (rows: WorkRow[], ctx: RepairContext) => WorkRow[];

export const REFINERS: Refiner[] = [splitFusedNumbers, shiftRowsMissingNumber, realignShiftedColumns, mergeFragmentRows];

export function repairRows(rows: WorkRow[], ctx: RepairContext): WorkRow[] {
  let out = rows;
  for (const refine of REFINERS) out = refine(out, ctx);
  return out;
}

const FUSED = /^(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+(\S[\s\S]*)$/u;

function numberCols(ctx: RepairContext): { num: number; act: number; last: number } | null {
  const num = ctx.header.at.number;
  const act = ctx.header.at.activity;
  if (num === undefined || act === undefined || act !== num + 1) return null;
  return { num, act, last: ctx.header.columns.length - 1 };
}

/** Move a row's cells from `from` one column right; the last two cells share the last column. */
function shiftRight(row: WorkRow, from: number): void {
  const last = row.cells.length - 1;
  const overflow = row.cells[last]!;
  for (let c = last; c > from; c--) row.cells[c] = [...row.cells[c - 1]!];
  row.cells[from] = [];
  if (overflow.length && last > from) row.cells[last]!.push(...overflow);
}

/** «7. Организация …» in the number column: the number and the activity were fused into one cell. */
function splitFusedNumbers(rows: WorkRow[], ctx: RepairContext): WorkRow[] {
  const cols = numberCols(ctx);
  if (!cols) return rows;
  const fixed: string[] = [];
  for (const row of rows) {
    if (row.spanning || row.header) continue;
    const text = cellValue(row, cols.num);
    if (parseItemNumber(text)) continue;
    const m = FUSED.exec(text);
    if (!m) continue;
    const shifted = !isBlank(row, cols.act);
    if (shifted) {
      const lastBlank = isBlank(row, cols.last);
      shiftRight(row, cols.act);
      if (!lastBlank) {
        ctx.diagnostics.push({
          code: 'row-unplaced',
          severity: 'warning',
          message: `row ${row.row}: item ${m[1]} had its number and activity in one cell and one cell too many; the last two cells were joined`,
          at: { table: ctx.table, row: row.row, item: m[1]!, ...lineOf(row) },
        });
      }
    }
    // a number and its title in one cell with the rest of the row empty (a section heading, or an
    // item with no other cells) is only split; a row whose cells had to move is a repair to report
    if (shifted) fixed.push(m[1]!);
    row.cells[cols.num] = [m[1]!];
    row.cells[cols.act] = [m[2]!];
  }
  if (fixed.length) {
    ctx.diagnostics.push({
      code: 'row-repaired',
      severity: 'info',
      message: `items ${fixed.join(', ')}: the number and the activity shared one cell; they were split and the row's cells moved into their columns`,
      at: { table: ctx.table },
    });
  }
  return rows;
}

/** A data row whose number column holds text and whose last cell is empty lost its number cell. */
function shiftRowsMissingNumber(rows: WorkRow[], ctx: RepairContext): WorkRow[] {
  const cols = numberCols(ctx);
  if (!cols) return rows;
  for (const row of rows) {
    if (row.spanning || row.header) continue;
    const text = cellValue(row, cols.num);
    if (text === '' || parseItemNumber(text) || FUSED.test(text)) continue;
    if (!isBlank(row, cols.last) || nonEmptyColumns(row).length < 3) continue;
    shiftRight(row, cols.num);
    ctx.diagnostics.push({
      code: 'row-repaired',
      severity: 'info',
      message: `row ${row.row}: its cells stood one column to the left (no number cell); moved into their columns`,
      at: { table: ctx.table, row: row.row, ...lineOf(row) },
    });
  }
  return rows;
}

function dataColumns(ctx: RepairContext): number[] {
  const cols = numberCols(ctx);
  return ctx.header.columns.map((_, i) => i).filter((i) => i !== cols?.num && i !== cols?.act);
}

const startsLower = (s: string) => /^[\p{Ll}]/u.test(s.trim());

/**
 * Cells one row higher than their activity: an unnumbered row holding the tail of the item above
 * and the next item's cells, then numbered rows each holding the cells of the row below, the last
 * one with none. Put each row's cells back with its activity.
 */
function realignShiftedColumns(rows: WorkRow[], ctx: RepairContext): WorkRow[] {
  const cols = numberCols(ctx);
  if (!cols) return rows;
  const data = dataColumns(ctx);
  const numbered = (r: WorkRow) => !r.spanning && parseItemNumber(cellValue(r, cols.num)) !== null;
  const hasData = (r: WorkRow) => data.some((c) => !isBlank(r, c));
  for (let i = 1; i < rows.length; i++) {
    const r0 = rows[i]!;
    const prev = rows[i - 1]!;
    if (r0.spanning || !isBlank(r0, cols.num) || !numbered(prev)) continue;
    if (!startsLower(cellValue(r0, cols.act)) || !hasData(r0)) continue;
    let j = i + 1;
    while (j < rows.length && j - i <= 12 && numbered(rows[j]!) && hasData(rows[j]!)) j++;
    if (j >= rows.length || j === i + 1 || !numbered(rows[j]!) || hasData(rows[j]!)) continue;
    // rows i+1 … j take the cells of the row above them
    for (let k = j; k > i; k--) {
      for (const c of data) rows[k]!.cells[c] = [...rows[k - 1]!.cells[c]!];
      const moved = rows[k]!;
      ctx.diagnostics.push({
        code: 'row-unplaced',
        severity: 'warning',
        message: `item ${numOf(moved, cols.num)}: its cells stood one row above its activity (rows ${r0.row}–${rows[j]!.row} are shifted); they were moved down one row — check them against the original`,
        at: { table: ctx.table, row: moved.row, item: numOf(moved, cols.num), ...lineOf(moved) },
      });
    }
    prev.cells[cols.act]!.push(...r0.cells[cols.act]!);
    prev.merged = [...(prev.merged ?? []), r0.row];
    ctx.diagnostics.push({
      code: 'row-unplaced',
      severity: 'warning',
      message: `row ${r0.row}: the tail of item ${numOf(prev, cols.num)}'s activity stood on a row of its own; it was joined to the item`,
      at: { table: ctx.table, row: r0.row, item: numOf(prev, cols.num), ...lineOf(r0) },
    });
    rows.splice(i, 1);
  }
  return rows;
}

/**
 * A row with no item number holding only a tail of text («программ», «000», a lowercase fragment)
 * continues the item above it. A cell of such a tail that repeats one phrase k times goes to the
 * next k items whose cell in that column is empty (text stacked into one cell by the export).
 */
function mergeFragmentRows(rows: WorkRow[], ctx: RepairContext): WorkRow[] {
  const cols = numberCols(ctx);
  const act = ctx.header.at.activity;
  if (act === undefined) return rows;
  const out: WorkRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = out[out.length - 1];
    if (!prev || prev.spanning || prev.header || row.spanning || row.header || !isFragment(row, cols?.num, act)) {
      out.push(row);
      continue;
    }
    if (cols) {
      const numText = cellValue(row, cols.num);
      if (numText !== '') prev.cells[act]!.push(numText);
    }
    const spreadTargets = new Set<number>();
    for (let c = 0; c < row.cells.length; c++) {
      if (c === cols?.num) continue;
      const frag = row.cells[c]!;
      if (frag.every((l) => l.trim() === '')) continue;
      const spread = unstack(frag.join(' '), rows, i + 1, c);
      prev.cells[c]!.push(spread.head);
      spread.rest.forEach((text, k) => {
        rows[spread.targets[k]!]!.cells[c]!.push(text);
        spreadTargets.add(spread.targets[k]!);
      });
    }
    prev.merged = [...(prev.merged ?? []), row.row];
    const prevNumber = cols ? numOf(prev, cols.num) : '';
    ctx.diagnostics.push({
      code: 'row-unplaced',
      severity: 'warning',
      message: `row ${row.row} has no item number and holds only the tail of the row above; it was joined to ${prevNumber ? `item ${prevNumber}` : 'that row'} — check it against the original`,
      at: { table: ctx.table, row: row.row, ...(prevNumber ? { item: prevNumber } : {}), ...lineOf(row) },
    });
    for (const t of spreadTargets) {
      const n = cols ? numOf(rows[t]!, cols.num) : '';
      ctx.diagnostics.push({
        code: 'row-unplaced',
        severity: 'warning',
        message: `item ${n || `in row ${rows[t]!.row}`}: an empty cell was filled with text stacked in row ${row.row} — check it against the original`,
        at: { table: ctx.table, row: rows[t]!.row, ...(n ? { item: n } : {}), ...lineOf(rows[t]!) },
      });
    }
  }
  return out;
}

function isFragment(row: WorkRow, numCol: number | undefined, act: number): boolean {
  const numText = numCol === undefined ? '' : cellValue(row, numCol);
  if (numText !== '' && (parseItemNumber(numText) || leadingItemNumber(numText))) return false;
  const actText = cellValue(row, act);
  if (nonEmptyColumns(row).length === 0) return false;
  // a tail: digits where the number should be but out of any numbering («000»), or a lowercase start
  if (numText !== '' && actText === '' && (/^\d+$/u.test(numText) || startsLower(numText))) return true;
  if (numText === '' && actText !== '' && startsLower(actText)) return true;
  return false;
}

/** Split «head P P P» into the head and k copies of P for the next k rows with an empty cell in `col`. */
function unstack(text: string, rows: WorkRow[], from: number, col: number): { head: string; rest: string[]; targets: number[] } {
  const targets: number[] = [];
  for (let r = from; r < rows.length && targets.length < 12; r++) {
    const row = rows[r]!;
    if (row.spanning) break;
    if (!isBlank(row, col)) break;
    targets.push(r);
  }
  if (targets.length === 0) return { head: text, rest: [], targets: [] };
  const words = text.split(/\s+/u).filter(Boolean);
  for (let k = targets.length; k >= 1; k--) {
    for (let len = 2; len * k < words.length; len++) {
      const phrase = words.slice(words.length - len).join(' ');
      let ok = true;
      for (let rep = 1; rep <= k && ok; rep++) {
        ok = words.slice(words.length - rep * len, words.length - (rep - 1) * len).join(' ') === phrase;
      }
      if (!ok) continue;
      // one more copy before the k would mean the phrase belongs to the head as well: not ours to split
      const head = words.slice(0, words.length - k * len).join(' ');
      if (head === '' || textKey(head).endsWith(textKey(phrase))) continue;
      if (k === 1 && !sameAsNeighbours(phrase, rows, col, from)) continue;
      return { head, rest: Array.from({ length: k }, () => phrase), targets: targets.slice(0, k) };
    }
  }
  return { head: text, rest: [], targets: [] };
}

/** A single trailing phrase moves only when the column elsewhere holds exactly that phrase. */
function sameAsNeighbours(phrase: string, rows: WorkRow[], col: number, from: number): boolean {
  const key = textKey(phrase);
  return rows.slice(Math.max(0, from - 6), from).some((r) => textKey(cellValue(r, col)) === key);
}

function lineOf(row: WorkRow): { line?: number; page?: number } {
  const out: { line?: number; page?: number } = {};
  if (row.pos.line !== undefined) out.line = row.pos.line;
  if (row.pos.page !== undefined) out.page = row.pos.page;
  return out;
}

function numOf(row: WorkRow, col: number): string {
  const t = cellValue(row, col);
  return parseItemNumber(t) ?? t;
}
