// Puts each text run into the grid cell it sits in. A run that crosses a drawn column boundary (pdf.js
// joins text on one baseline when the gap is small) is split there, at the nearest space.
import { lowerBound, type Grid } from './table-grid.js';
import type { TextRun } from './text-runs.js';

export interface FilledGrid {
  grid: Grid;
  /** Runs per grid cell (same index as grid.cells). */
  runs: TextRun[][];
  /** Tables nested in cells: the outer cell they sit in, and their runs per cell. */
  nested: Array<{ grid: Grid; cell: number; runs: TextRun[][] }>;
}

export interface Assignment {
  tables: FilledGrid[];
  /** Runs outside every table. */
  rest: TextRun[];
  /** Runs split at a column boundary. */
  splits: number;
}

export function assignRuns(runs: readonly TextRun[], grids: readonly Grid[]): Assignment {
  const tables: FilledGrid[] = grids.map((grid) => ({
    grid,
    runs: grid.cells.map(() => []),
    nested: grid.nested.map((n) => ({ grid: n, cell: cellAt(grid, centre(n)), runs: n.cells.map(() => []) })),
  }));
  const rest: TextRun[] = [];
  let splits = 0;
  const queue = [...runs];
  while (queue.length) {
    const run = queue.pop()!;
    const px = run.x0 + Math.min(1, (run.x1 - run.x0) / 2);
    // a point inside the glyphs, above the baseline
    const py = run.y - 0.3 * run.size;
    const t = tables.find(({ grid }) => px >= grid.xs[0]! - 1 && px <= grid.xs[grid.xs.length - 1]! + 1 && py >= grid.ys[0]! - 1 && py <= grid.ys[grid.ys.length - 1]! + 1);
    if (!t) {
      rest.push(run);
      continue;
    }
    const { grid } = t;
    const C = grid.xs.length - 1;
    const cellIdx = cellAt(grid, [px, py]);
    const inner = t.nested.find((n) => n.cell === cellIdx && inside(n.grid, px, py));
    if (inner) {
      inner.runs[cellAt(inner.grid, [px, py])]!.push(run);
      continue;
    }
    const cell = grid.cells[cellIdx]!;
    const right = grid.xs[cell.c1 + 1]!;
    if (run.x1 > right + 2 && cell.c1 + 1 < C) {
      const parts = splitRun(run, right);
      if (parts) {
        splits++;
        queue.push(parts[1]);
        t.runs[cellIdx]!.push(parts[0]);
        continue;
      }
    }
    t.runs[cellIdx]!.push(run);
  }
  return { tables, rest, splits };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, n));
}

/** The index of the grid cell holding a point (the nearest one if it lies on an edge). */
function cellAt(grid: Grid, [x, y]: [number, number]): number {
  const C = grid.xs.length - 1;
  const R = grid.ys.length - 1;
  const c = clamp(lowerBound(grid.xs, x) - 1, 0, C - 1);
  const r = clamp(lowerBound(grid.ys, y) - 1, 0, R - 1);
  return grid.slotCell[r * C + c]!;
}

function centre(grid: Grid): [number, number] {
  return [(grid.xs[0]! + grid.xs[grid.xs.length - 1]!) / 2, (grid.ys[0]! + grid.ys[grid.ys.length - 1]!) / 2];
}

function inside(grid: Grid, x: number, y: number): boolean {
  return x >= grid.xs[0]! - 1 && x <= grid.xs[grid.xs.length - 1]! + 1 && y >= grid.ys[0]! - 1 && y <= grid.ys[grid.ys.length - 1]! + 1;
}

/** Splits a run at x, estimating character positions from the run's average width. */
function splitRun(run: TextRun, x: number): [TextRun, TextRun] | null {
  const len = run.text.length;
  if (len < 2) return null;
  const perChar = (run.x1 - run.x0) / len;
  let idx = Math.round((x - run.x0) / perChar);
  if (idx <= 0 || idx >= len) return null;
  // prefer a space near the boundary
  for (let d = 0; d <= 3; d++) {
    if (run.text[idx - d] === ' ') {
      idx -= d;
      break;
    }
    if (run.text[idx + d] === ' ') {
      idx += d;
      break;
    }
  }
  const left = run.text.slice(0, idx).trimEnd();
  const right = run.text.slice(idx).trimStart();
  if (!left || !right) return null;
  const cut = run.x0 + perChar * idx;
  return [
    { ...run, text: left, x1: Math.min(cut, x) },
    { ...run, text: right, x0: Math.max(cut, x + 0.5), spaceBefore: false },
  ];
}
