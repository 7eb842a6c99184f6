// A table drawn inside a cell of another table. Its lines touch the outer cell's top and bottom, so
// they join the outer table's group, but its side borders sit inside the outer cell by the cell's
// padding: each makes a column a few points wide next to an outer border, which no real column is.
// Those inset borders mark the inner table's rectangle; its lines are taken out of the outer table and
// make a table of their own (whose text the outer cell then holds, as the .docx reader flattens it).
import type { HSeg, VSeg } from './rulings.js';

/** Columns narrower than this are no columns: a border inset by a cell's padding. */
const THIN = 8;
const SNAP = 2;

export interface Lines {
  h: HSeg[];
  v: VSeg[];
}

interface Border {
  x: number;
  y0: number;
  y1: number;
  length: number;
}

function borders(v: VSeg[]): Border[] {
  const sorted = [...v].sort((a, b) => a.x - b.x);
  const out: Border[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.x - last.x <= SNAP) {
      last.y0 = Math.min(last.y0, s.y0);
      last.y1 = Math.max(last.y1, s.y1);
      last.length += s.y1 - s.y0;
    } else out.push({ x: s.x, y0: s.y0, y1: s.y1, length: s.y1 - s.y0 });
  }
  return out;
}

/** Splits a group of lines into the outer table's and those of tables nested in its cells. */
export function peelNested(lines: Lines): { outer: Lines; nested: Lines[] } {
  const nested: Lines[] = [];
  let outer = lines;
  // each round takes out one inner table
  for (let round = 0; round < 50; round++) {
    const b = borders(outer.v);
    const lefts: Border[] = [];
    const rights: Border[] = [];
    for (let i = 0; i + 1 < b.length; i++) {
      const a = b[i]!;
      const c = b[i + 1]!;
      if (c.x - a.x >= THIN) continue;
      // the shorter of the two is the inset one
      if (c.length < a.length) lefts.push(c);
      else if (a.length < c.length) rights.push(a);
    }
    let found: Lines | null = null;
    for (const l of lefts) {
      const r = rights.find((x) => x.x > l.x && x.y0 < l.y1 && l.y0 < x.y1);
      if (!r) continue;
      const top = Math.max(l.y0, r.y0) - SNAP;
      const bottom = Math.min(l.y1, r.y1) + SNAP;
      const x0 = l.x - SNAP;
      const x1 = r.x + SNAP;
      const inH = (s: HSeg) => s.y >= top && s.y <= bottom && s.x0 >= x0 && s.x1 <= x1;
      const inV = (s: VSeg) => s.x >= x0 && s.x <= x1 && s.y0 >= top && s.y1 <= bottom;
      const inner: Lines = { h: outer.h.filter(inH), v: outer.v.filter(inV) };
      if (inner.v.length < 2) continue;
      // its top and bottom borders may lie on the outer cell's (and were merged into those lines)
      const y0 = inner.v.reduce((m, s) => Math.min(m, s.y0), Infinity);
      const y1 = inner.v.reduce((m, s) => Math.max(m, s.y1), -Infinity);
      if (!inner.h.some((s) => Math.abs(s.y - y0) <= SNAP)) inner.h.push({ y: y0, x0: l.x, x1: r.x });
      if (!inner.h.some((s) => Math.abs(s.y - y1) <= SNAP)) inner.h.push({ y: y1, x0: l.x, x1: r.x });
      found = inner;
      outer = { h: outer.h.filter((s) => !inH(s)), v: outer.v.filter((s) => !inV(s)) };
      break;
    }
    if (!found) break;
    nested.push(found);
  }
  return { outer, nested };
}
