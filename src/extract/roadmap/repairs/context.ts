// What every row repair works with: the table's header, where to report, and small row helpers.
import type { Diagnostic } from '../../../model/diagnostic.js';
import { parseItemNumber } from '../../../normalize/item-number.js';
import type { TableHeader } from '../table-header.js';
import { cellValue, type WorkRow } from '../work-row.js';

export interface RepairContext {
  header: TableHeader;
  table: number;
  diagnostics: Diagnostic[];
}

/** A repair takes the body rows and returns them repaired (the same array or a new one), reporting each change. */
export type RowRepair = (rows: WorkRow[], ctx: RepairContext) => WorkRow[];

/** The number and activity columns when they stand side by side (the layout the shift repairs know). */
export function numberCols(ctx: RepairContext): { num: number; act: number; last: number } | null {
  const num = ctx.header.at.number;
  const act = ctx.header.at.activity;
  if (num === undefined || act === undefined || act !== num + 1) return null;
  return { num, act, last: ctx.header.columns.length - 1 };
}

/** Move a row's cells from `from` one column right; the last two cells share the last column. */
export function shiftRight(row: WorkRow, from: number): void {
  const last = row.cells.length - 1;
  const overflow = row.cells[last]!;
  for (let c = last; c > from; c--) row.cells[c] = [...row.cells[c - 1]!];
  row.cells[from] = [];
  if (overflow.length && last > from) row.cells[last]!.push(...overflow);
}

export const startsLower = (s: string): boolean => /^[\p{Ll}]/u.test(s.trim());

/** The row's item number as read, or its number cell's text. */
export function numOf(row: WorkRow, col: number): string {
  const t = cellValue(row, col);
  return parseItemNumber(t) ?? t;
}
