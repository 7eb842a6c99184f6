// Ruling lines -> table grids. Lines that touch form a group; a group with at least two grid slots is a
// table. Its column boundaries are the distinct x of its vertical lines, its row boundaries the distinct
// y of its horizontal ones; a boundary missing between two slots merges them (colspan / rowspan).
import { peelNested } from './nested-grids.js';
import type { HSeg, Rulings, VSeg } from './rulings.js';

export interface GridCell {
  r0: number;
  c0: number;
  /** Inclusive. */
  r1: number;
  c1: number;
}

export interface Grid {
  /** Column boundaries, left to right (columns = xs.length - 1). */
  xs: number[];
  /** Row boundaries, top to bottom (rows = ys.length - 1). */
  ys: number[];
  cells: GridCell[];
  /** slotCell[r * columns + c] = index into cells. */
  slotCell: Int32Array;
  /** Tables drawn inside cells of this one. */
  nested: Grid[];
}

/** Lines this close are the same line (double strokes, rounding). */
const SNAP = 2;
/** Above this many line pairs the page is a drawing; no grid is looked for. */
const MAX_PAIRS = 4_000_000;

export interface GridResult {
  grids: Grid[];
  skipped: boolean;
}

export function findGrids(g: Rulings): GridResult {
  const h = mergeH(g.h);
  const v = mergeV(g.v);
  if (h.length === 0 || v.length === 0) return { grids: [], skipped: false };
  if (h.length * v.length > MAX_PAIRS) return { grids: [], skipped: true };
  // union-find over h (0..H-1) and v (H..H+V-1)
  const parent = new Int32Array(h.length + v.length).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const byX = v.map((s, i) => ({ s, i })).sort((a, b) => a.s.x - b.s.x);
  const xsSorted = byX.map((e) => e.s.x);
  for (let i = 0; i < h.length; i++) {
    const hs = h[i]!;
    for (let k = lowerBound(xsSorted, hs.x0 - SNAP); k < byX.length && byX[k]!.s.x <= hs.x1 + SNAP; k++) {
      const vs = byX[k]!.s;
      if (hs.y >= vs.y0 - SNAP && hs.y <= vs.y1 + SNAP) {
        const a = find(i);
        const b = find(h.length + byX[k]!.i);
        if (a !== b) parent[a] = b;
      }
    }
  }
  const groups = new Map<number, { h: HSeg[]; v: VSeg[] }>();
  h.forEach((s, i) => {
    const root = find(i);
    let grp = groups.get(root);
    if (!grp) groups.set(root, (grp = { h: [], v: [] }));
    grp.h.push(s);
  });
  v.forEach((s, i) => {
    const grp = groups.get(find(h.length + i));
    if (grp) grp.v.push(s);
  });
  const grids: Grid[] = [];
  for (const grp of groups.values()) {
    if (grp.v.length === 0) continue;
    const { outer, nested } = peelNested(grp);
    const grid = buildGrid(outer.h, outer.v);
    if (!grid) continue;
    for (const n of nested) {
      const inner = buildGrid(n.h, n.v);
      if (inner) grid.nested.push(inner);
    }
    grids.push(grid);
  }
  grids.sort((a, b) => a.ys[0]! - b.ys[0]!);
  return { grids, skipped: false };
}

function buildGrid(h: HSeg[], v: VSeg[]): Grid | null {
  const xs = cluster(v.map((s) => s.x));
  const ys = cluster(h.map((s) => s.y));
  // a table open at its sides or top/bottom: the extent of the other lines closes it
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const s of h) {
    minX = Math.min(minX, s.x0);
    maxX = Math.max(maxX, s.x1);
  }
  for (const s of v) {
    minY = Math.min(minY, s.y0);
    maxY = Math.max(maxY, s.y1);
  }
  if (minX < xs[0]! - 3 * SNAP) xs.unshift(minX);
  if (maxX > xs[xs.length - 1]! + 3 * SNAP) xs.push(maxX);
  if (minY < ys[0]! - 3 * SNAP) ys.unshift(minY);
  if (maxY > ys[ys.length - 1]! + 3 * SNAP) ys.push(maxY);
  const C = xs.length - 1;
  const R = ys.length - 1;
  if (C < 1 || R < 1 || C * R < 2) return null;

  const vAt = byBoundary(xs, v, (s) => s.x);
  const hAt = byBoundary(ys, h, (s) => s.y);
  const vPresent = (c: number, r: number) => {
    const mid = (ys[r]! + ys[r + 1]!) / 2;
    return vAt[c]!.some((s) => s.y0 - SNAP <= mid && s.y1 + SNAP >= mid);
  };
  const hPresent = (r: number, c: number) => {
    const mid = (xs[c]! + xs[c + 1]!) / 2;
    return hAt[r]!.some((s) => s.x0 - SNAP <= mid && s.x1 + SNAP >= mid);
  };

  const parent = new Int32Array(R * C).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !vPresent(c + 1, r)) union(r * C + c, r * C + c + 1);
      if (r + 1 < R && !hPresent(r + 1, c)) union(r * C + c, (r + 1) * C + c);
    }
  }
  const cellOfRoot = new Map<number, number>();
  const cells: GridCell[] = [];
  const slotCell = new Int32Array(R * C);
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = find(r * C + c);
      let idx = cellOfRoot.get(root);
      if (idx === undefined) {
        idx = cells.length;
        cellOfRoot.set(root, idx);
        cells.push({ r0: r, c0: c, r1: r, c1: c });
      } else {
        const cell = cells[idx]!;
        cell.r1 = Math.max(cell.r1, r);
        cell.c0 = Math.min(cell.c0, c);
        cell.c1 = Math.max(cell.c1, c);
      }
      slotCell[r * C + c] = idx;
    }
  }
  return { xs, ys, cells, slotCell, nested: [] };
}

/** The segments lying on each boundary (within SNAP), found by binary search. */
function byBoundary<T>(bounds: number[], segs: T[], at: (s: T) => number): T[][] {
  const out: T[][] = bounds.map(() => []);
  for (const s of segs) {
    const x = at(s);
    const i = lowerBound(bounds, x);
    for (const k of [i - 1, i]) {
      if (k >= 0 && k < bounds.length && Math.abs(bounds[k]! - x) <= SNAP) {
        out[k]!.push(s);
        break;
      }
    }
  }
  return out;
}

/** Sorted distinct values, values within SNAP of each other merged (to their mean). */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let n = 0;
  let last = -Infinity;
  for (const x of sorted) {
    if (n > 0 && x - last > SNAP) {
      out.push(sum / n);
      sum = 0;
      n = 0;
    }
    sum += x;
    n++;
    last = x;
  }
  if (n > 0) out.push(sum / n);
  return out;
}

/** Collinear pieces of one line (a table border drawn cell by cell) -> one segment. */
function mergeH(segs: HSeg[]): HSeg[] {
  return mergeCollinear(segs.map((s) => ({ at: s.y, from: s.x0, to: s.x1 }))).map((m) => ({ y: m.at, x0: m.from, x1: m.to }));
}

function mergeV(segs: VSeg[]): VSeg[] {
  return mergeCollinear(segs.map((s) => ({ at: s.x, from: s.y0, to: s.y1 }))).map((m) => ({ x: m.at, y0: m.from, y1: m.to }));
}

interface Span {
  at: number;
  from: number;
  to: number;
}

function mergeCollinear(segs: Span[]): Span[] {
  const sorted = [...segs].sort((a, b) => a.at - b.at);
  const out: Span[] = [];
  let i = 0;
  while (i < sorted.length) {
    // one line: positions chained within a point of each other
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.at - sorted[j - 1]!.at <= 1) j++;
    const line = sorted.slice(i, j).sort((a, b) => a.from - b.from);
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length;
    let cur: Span = { at, from: line[0]!.from, to: line[0]!.to };
    for (let k = 1; k < line.length; k++) {
      const s = line[k]!;
      if (s.from <= cur.to + SNAP) cur.to = Math.max(cur.to, s.to);
      else {
        out.push(cur);
        cur = { at, from: s.from, to: s.to };
      }
    }
    out.push(cur);
    i = j;
  }
  return out;
}

export function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
