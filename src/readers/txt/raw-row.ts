// A table row as read from text lines, before it becomes a document-model Row.
export interface RawRow {
  /** Each cell's lines. */
  cells: string[][];
  bold: boolean[];
  line: number;
  endLine: number;
  /** The row starts right after a page break (a blank line or rule inside the table). */
  afterBreak: boolean;
  /** A tab-less line inside the table: one cell across the whole row. */
  spanning?: boolean;
}

export function rowIsEmpty(row: RawRow): boolean {
  return row.cells.every((c) => c.every((l) => l.trim() === ''));
}

export function cellIsEmpty(cell: string[] | undefined): boolean {
  return !cell || cell.every((l) => l.trim() === '');
}

export function cellString(cell: string[] | undefined): string {
  return (cell ?? []).join(' ').replace(/\s+/g, ' ').trim();
}
