// The part of a table that one page shows: rows of cells with their visual lines and geometry.
// Fragments on consecutive pages are later joined into one table (page-continuation.ts).
import { cellLines, joinVisual } from './cell-text.js';
import type { VisualLine } from './lines.js';
import type { FilledGrid } from './table-cells.js';
import type { Vocabulary } from './vocabulary.js';

export interface FragmentCell {
  /** Text lines, filled in by `fillText` once the document's vocabulary is known. */
  lines: string[];
  bold: boolean;
  visual: VisualLine[];
  /** A table drawn inside the cell: its cells' visual lines (row by row), and where it starts. */
  nested: { cells: Array<{ visual: VisualLine[]; innerRight: number }>; top: number } | null;
  /** Left and right border. */
  x0: number;
  x1: number;
  /** Where text in the cell must end (the right border minus the cell padding). */
  innerRight: number;
  rowSpan: number;
}

export interface FragmentRow {
  /** Cells that start in this row, left to right. */
  cells: FragmentCell[];
  top: number;
  bottom: number;
}

export interface TableFragment {
  page: number;
  /** Column boundaries drawn on this page. */
  xs: number[];
  rows: FragmentRow[];
  top: number;
  bottom: number;
}

/** LibreOffice and Word pad cells by 1.5–2 mm; used when a fragment has no text to measure it by. */
const DEFAULT_PADDING = 4;

export function toFragment(filled: FilledGrid, page: number): TableFragment {
  const { grid } = filled;
  const padding = cellPadding(filled);
  const rows: FragmentRow[] = [];
  for (let r = 0; r < grid.ys.length - 1; r++) rows.push({ cells: [], top: grid.ys[r]!, bottom: grid.ys[r + 1]! });
  grid.cells.forEach((cell, i) => {
    const x0 = grid.xs[cell.c0]!;
    const x1 = grid.xs[cell.c1 + 1]!;
    const own = cellLines(filled.runs[i]!);
    let bold = own.bold;
    let nested: FragmentCell['nested'] = null;
    const inner = filled.nested.find((n) => n.cell === i);
    if (inner) {
      const cells = inner.grid.cells.map((c, k) => {
        const lines = cellLines(inner.runs[k]!);
        if (lines.visual.length && !lines.bold) bold = false;
        return { visual: lines.visual, innerRight: inner.grid.xs[c.c1 + 1]! - padding };
      });
      if (own.visual.length === 0) bold = cells.some((c) => c.visual.length > 0) && bold;
      nested = { cells, top: inner.grid.ys[0]! };
    }
    rows[cell.r0]!.cells.push({ lines: [], bold, visual: own.visual, nested, x0, x1, innerRight: x1 - padding, rowSpan: cell.r1 - cell.r0 + 1 });
  });
  for (const row of rows) row.cells.sort((a, b) => a.x0 - b.x0);
  return { page, xs: grid.xs, rows, top: grid.ys[0]!, bottom: grid.ys[grid.ys.length - 1]! };
}

/** A nested table's text goes where it stands among the cell's own lines, cell by cell (as in the .docx reader). */
export function fillText(f: TableFragment, words: Vocabulary): void {
  for (const row of f.rows) {
    for (const c of row.cells) {
      if (!c.nested) {
        c.lines = joinVisual(c.visual, c.innerRight, words);
        continue;
      }
      const top = c.nested.top;
      const above = c.visual.filter((l) => l.y < top);
      const below = c.visual.filter((l) => l.y >= top);
      c.lines = [
        ...joinVisual(above, c.innerRight, words),
        ...c.nested.cells.flatMap((n) => joinVisual(n.visual, n.innerRight, words)),
        ...joinVisual(below, c.innerRight, words),
      ];
    }
  }
}

/** The distance from a cell's left border to its text, as most cells of the table show it. */
function cellPadding(filled: FilledGrid): number {
  const pads: number[] = [];
  filled.grid.cells.forEach((cell, i) => {
    const runs = filled.runs[i]!;
    if (runs.length === 0) return;
    let minX = Infinity;
    for (const r of runs) minX = Math.min(minX, r.x0);
    const pad = minX - filled.grid.xs[cell.c0]!;
    if (pad > 0 && pad < 12) pads.push(pad);
  });
  if (pads.length === 0) return DEFAULT_PADDING;
  pads.sort((a, b) => a - b);
  return pads[Math.floor(pads.length / 2)]!;
}
