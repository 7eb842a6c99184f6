// A table row as the roadmap extractor works on it: one text list per grid column, with where it came from.
import type { SourcePos, Table } from '../../document/model.js';
import { joinLines } from '../../normalize/text.js';

export interface WorkRow {
  /** Lines of each grid column. */
  cells: string[][];
  /** 1-based row index in the source table (the header is row 1). */
  row: number;
  pos: SourcePos;
  /** One cell across the whole row (a section heading). */
  spanning: boolean;
  header: boolean;
  /** Rows merged into this one by a repair, for provenance. */
  merged?: number[];
  /** Hyperlink targets of the row's cells. */
  links: string[];
}

/** Where a row stands in its source, as diagnostics and item provenance record it: its page, its line. */
export function placeOf(row: WorkRow): { page?: number; line?: number } {
  const out: { page?: number; line?: number } = {};
  if (row.pos.page !== undefined) out.page = row.pos.page;
  if (row.pos.line !== undefined) out.line = row.pos.line;
  return out;
}

/** Lay a document-model table onto its grid: a cell spanning columns keeps its text in its first column. */
export function gridRows(table: Table): WorkRow[] {
  const width = table.columns;
  return table.rows.map((r, i) => {
    const cells: string[][] = Array.from({ length: width }, () => []);
    let col = 0;
    const spanning = r.cells.length === 1 && (r.cells[0]!.colSpan >= width || width === 1) && width > 1;
    for (const cell of r.cells) {
      if (col >= width) {
        // a row wider than the grid: keep its text in the last column
        cells[width - 1]!.push(...cell.lines);
        continue;
      }
      cells[col]!.push(...cell.lines);
      col += Math.max(1, cell.colSpan);
    }
    const links = r.cells.flatMap((c) => c.links ?? []);
    return { cells, row: i + 1, pos: r.pos, spanning, header: r.header === true, links };
  });
}

export function cellValue(row: WorkRow, col: number | undefined): string {
  if (col === undefined || col < 0) return '';
  return joinLines(row.cells[col] ?? []);
}

export function isBlank(row: WorkRow, col: number): boolean {
  return (row.cells[col] ?? []).every((l) => l.trim() === '');
}

export function nonEmptyColumns(row: WorkRow): number[] {
  const out: number[] = [];
  row.cells.forEach((c, i) => {
    if (c.some((l) => l.trim() !== '')) out.push(i);
  });
  return out;
}
