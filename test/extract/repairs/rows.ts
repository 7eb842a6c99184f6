// Rows and headers for the repair tests, written as plain arrays of cell texts.
import type { Diagnostic } from '../../../src/model/diagnostic.js';
import type { ColumnRole } from '../../../src/model/roadmap.js';
import type { RepairContext } from '../../../src/extract/roadmap/repairs/index.js';
import type { TableHeader } from '../../../src/extract/roadmap/table-header.js';
import type { WorkRow } from '../../../src/extract/roadmap/work-row.js';

/** The usual five columns: № | Мероприятие | Срок | Ответственный | Результат. */
export const FIVE: ColumnRole[] = ['number', 'activity', 'timeframe', 'responsible', 'result'];

export function header(roles: ColumnRole[]): TableHeader {
  const at: TableHeader['at'] = {};
  roles.forEach((r, i) => {
    if (at[r] === undefined) at[r] = i;
  });
  return {
    columns: roles.map((role) => ({ header: role, role })),
    bodyStart: 0,
    at,
    timeframeColumns: roles.flatMap((r, i) => (r === 'timeframe' ? [i] : [])),
    periodGrid: false,
  };
}

/** A row from its cells; «a / b» in a cell is two lines. `''` is an empty cell. */
export function row(n: number, cells: string[], spanning = false): WorkRow {
  return { cells: cells.map((c) => (c === '' ? [] : c.split(' / '))), row: n, pos: { line: n }, spanning, header: false, links: [] };
}

export function rowsOf(table: string[][]): WorkRow[] {
  return table.map((cells, i) => row(i + 2, cells));
}

/** Rows back as arrays of cell texts, for comparing. */
export function texts(rows: WorkRow[]): string[][] {
  return rows.map((r) => r.cells.map((c) => c.join(' / ')));
}

export function context(roles: ColumnRole[] = FIVE): RepairContext & { diagnostics: Diagnostic[] } {
  return { header: header(roles), table: 1, diagnostics: [] };
}
