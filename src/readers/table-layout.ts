// Lays source rows of cells with colspan/rowspan onto a grid, the way HTML tables are formed: every
// grid row gets a cell for every slot, cells covered by a row span from above become marked copies.
// Shared by the readers: the HTML path (docx via mammoth, .html files) and the PDF reader's ruled tables.
import type { Cell, Row, SourcePos } from '../document/model.js';

export interface SourceCell {
  lines: string[];
  links?: string[];
  colSpan: number;
  rowSpan: number;
  bold?: boolean;
}

export interface SourceRow {
  cells: SourceCell[];
  header?: boolean;
  pos: SourcePos;
}

export interface LaidOutTable {
  rows: Row[];
  columns: number;
  /** Rows that were shorter than the grid and got empty cells at the end. */
  paddedRows: number;
}

/** Spans beyond these are treated as typos (HTML caps colspan at 1000 and rowspan at 65534). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

interface Covering {
  cell: Cell;
  /** The last row index (inclusive) the span covers. */
  until: number;
  /** The first grid column of the spanning cell. */
  col: number;
}

export function layoutRows(source: SourceRow[]): LaidOutTable {
  // covering[c] = the row-spanning cell that occupies column c in later rows, if any
  const covering: (Covering | undefined)[] = [];
  const rows: Row[] = [];
  let columns = 0;
  source.forEach((srow, r) => {
    const cells: Cell[] = [];
    let col = 0;
    const placeCovered = () => {
      // copies of cells spanning down into this row, at the slots they occupy
      for (;;) {
        const cov = covering[col];
        if (!cov || cov.until < r || cov.col !== col) return;
        const copy: Cell = { lines: [...cov.cell.lines], colSpan: cov.cell.colSpan, rowSpan: 1, spanned: true };
        if (cov.cell.bold !== undefined) copy.bold = cov.cell.bold;
        if (cov.cell.links) copy.links = [...cov.cell.links];
        cells.push(copy);
        col += cov.cell.colSpan;
      }
    };
    for (const sc of srow.cells) {
      placeCovered();
      const colSpan = clampSpan(sc.colSpan, MAX_COLSPAN);
      // rowspan=0 means "to the end of the table"
      const rowSpan = sc.rowSpan === 0 ? source.length - r : clampSpan(sc.rowSpan, MAX_ROWSPAN);
      const span = Math.min(rowSpan, source.length - r);
      const cell: Cell = { lines: sc.lines, colSpan, rowSpan: span };
      if (sc.bold !== undefined) cell.bold = sc.bold;
      if (sc.links?.length) cell.links = sc.links;
      cells.push(cell);
      if (span > 1) {
        for (let c = col; c < col + colSpan; c++) covering[c] = { cell, until: r + span - 1, col };
      }
      col += colSpan;
    }
    placeCovered();
    // spans from above that sit beyond this row's last own cell
    for (let c = col; c < covering.length; c++) {
      const cov = covering[c];
      if (cov && cov.until >= r && cov.col === c) {
        while (col < c) {
          cells.push({ lines: [], colSpan: 1, rowSpan: 1 });
          col++;
        }
        placeCovered();
        c = col - 1;
      }
    }
    columns = Math.max(columns, col);
    const row: Row = { cells, pos: srow.pos };
    if (srow.header) row.header = true;
    rows.push(row);
  });
  let paddedRows = 0;
  for (const row of rows) {
    let width = row.cells.reduce((n, c) => n + c.colSpan, 0);
    if (width < columns) paddedRows++;
    while (width < columns) {
      row.cells.push({ lines: [], colSpan: 1, rowSpan: 1 });
      width++;
    }
  }
  return { rows, columns, paddedRows };
}

function clampSpan(n: number, max: number): number {
  if (!Number.isFinite(n) || n < 1) return 1;
  return Math.min(Math.floor(n), max);
}
