// Rows of a page that came out with more or fewer cells than the table has columns: empty phantom
// columns (the same in every row of the page) are dropped, short rows are padded at the end.
import type { ReaderNote } from '../../document/model.js';
import { isBareDottedNumber, splitFusedNumber as fusedNumber } from '../../normalize/item-number.js';
import { cellIsEmpty, type RawRow } from './raw-row.js';

export function fitBlockToWidth(block: RawRow[], width: number, notes: ReaderNote[], numberColumn: boolean): void {
  const wide = Math.max(...block.map((r) => r.cells.length));
  if (wide > width) dropPhantomColumns(block, width, notes);
  for (const row of block) {
    if (row.spanning) continue;
    if (numberColumn && row.cells.length < width) splitFusedNumber(row, notes);
    if (row.cells.length > width) {
      // no empty column to drop: keep the text, in the last column
      const extra = row.cells.splice(width - 1);
      row.cells.push(extra.flat().filter((l) => l.trim() !== ''));
      row.bold.splice(width);
      notes.push({
        code: 'row-too-wide',
        severity: 'warning',
        message: `a row has ${width + extra.length - 1} cells, the table has ${width} columns: the extra cells were put in the last column`,
        pos: { line: row.line },
      });
    }
    if (row.cells.length < width) {
      const missing = width - row.cells.length;
      for (let i = 0; i < missing; i++) {
        row.cells.push([]);
        row.bold.push(false);
      }
    }
  }
}

/**
 * A row one cell short whose first cell is «7. Организация …» in a table whose first column holds
 * the item numbers: the tab between the number and the text was lost. Split them again.
 */
function splitFusedNumber(row: RawRow, notes: ReaderNote[]): void {
  const first = row.cells[0];
  if (!first || first.length === 0) return;
  const m = fusedNumber(first.join(' '));
  if (!m) return;
  row.cells.splice(0, 1, [m.written], [m.rest]);
  row.bold.splice(0, 1, row.bold[0] ?? false, row.bold[0] ?? false);
  notes.push({
    code: 'fused-number-split',
    severity: 'info',
    message: `the item number «${m.written}» and its text shared one cell in a row one cell short: split into two cells`,
    pos: { line: row.line },
  });
}

/** Most rows of the table start with a bare item number in their first cell. */
export function hasNumberColumn(rows: RawRow[]): boolean {
  // the first row is the header
  const data = rows.slice(1).filter((r) => !r.spanning && r.cells.length > 1);
  if (data.length === 0) return false;
  const numbered = data.filter((r) => isBareDottedNumber((r.cells[0] ?? []).join(' '))).length;
  return numbered / data.length >= 0.5;
}

function dropPhantomColumns(block: RawRow[], width: number, notes: ReaderNote[]): void {
  // only rows wider than the table show the phantoms (a repeated header on the page has the right width)
  const rows = block.filter((r) => !r.spanning && r.cells.length > width);
  const wide = Math.max(...rows.map((r) => r.cells.length));
  const excess = wide - width;
  // columns empty in every row of this page; inner ones first (a trailing empty cell is also padding)
  const empty: number[] = [];
  for (let c = 0; c < wide; c++) {
    if (rows.every((r) => r.cells.length <= c || cellIsEmpty(r.cells[c]))) empty.push(c);
  }
  if (empty.length === 0) return;
  const chosen = pickPhantoms(empty, excess, rows);
  if (chosen.length === 0) return;
  const drop = new Set(chosen);
  for (const row of rows) {
    if (row.cells.length <= width) continue;
    row.cells = row.cells.filter((_, i) => !drop.has(i));
    row.bold = row.bold.filter((_, i) => !drop.has(i));
  }
  notes.push({
    code: 'phantom-columns-dropped',
    severity: 'info',
    message: `${chosen.length} empty column(s) on this page of the table were dropped (the page had ${wide} columns, the table ${width})`,
    pos: { line: block[0]!.line, endLine: block[block.length - 1]!.endLine },
  });
}

/** Which of the always-empty columns to drop: those not at the very start, preferring a contiguous run. */
function pickPhantoms(empty: number[], excess: number, rows: RawRow[]): number[] {
  // never drop column 0 when some row has text there, and prefer columns that are empty in rows of full width
  const candidates = empty.filter((c) => c > 0);
  const pool = candidates.length >= excess ? candidates : empty;
  if (pool.length <= excess) return pool;
  // prefer a run of adjacent columns (phantoms come from one misplaced column boundary)
  for (let i = 0; i + excess <= pool.length; i++) {
    const run = pool.slice(i, i + excess);
    if (run[run.length - 1]! - run[0]! === excess - 1) return run;
  }
  void rows;
  return pool.slice(0, excess);
}
