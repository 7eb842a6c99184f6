// Where body text runs on a page (its left and right margins) and how far apart the lines of one
// paragraph are, measured from the document itself; pages of one size share their margins.
import type { VisualLine } from './lines.js';

export interface TextArea {
  left: number;
  right: number;
}

export interface PageLines {
  width: number;
  height: number;
  lines: VisualLine[];
  /** Left and right edges of the tables on the page. */
  tableEdges: Array<[number, number]>;
}

export function textAreas(pages: readonly PageLines[]): TextArea[] {
  const groups = new Map<string, number[]>();
  pages.forEach((p, i) => {
    const key = `${Math.round(p.width)}x${Math.round(p.height)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  const out: TextArea[] = new Array(pages.length);
  for (const idx of groups.values()) {
    const lines = idx.flatMap((i) => pages[i]!.lines);
    const edges = idx.flatMap((i) => pages[i]!.tableEdges);
    const area = measure(lines, edges, pages[idx[0]!]!.width);
    for (const i of idx) out[i] = area;
  }
  return out;
}

function measure(lines: VisualLine[], tables: Array<[number, number]>, width: number): TextArea {
  // the left margin: where most lines start
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  let left = NaN;
  let best = 0;
  for (const [x, n] of starts) {
    if (n > best || (n === best && x < left)) {
      best = n;
      left = x;
    }
  }
  if (best >= 5) {
    // the right margin: where the full lines that start there end
    const atLeft = lines.filter((l) => Math.abs(l.x0 - left) <= 2);
    const ends = atLeft.map((l) => l.x1).sort((a, b) => a - b);
    const right = ends.length >= 3 ? ends[Math.floor(ends.length * 0.9)]! : width - left;
    return { left: atLeft.reduce((m, l) => Math.min(m, l.x0), Infinity), right };
  }
  // too few lines to see a margin: the extent of the lines and tables there are
  let l = Infinity;
  let r = -Infinity;
  for (const line of lines) {
    l = Math.min(l, line.x0);
    r = Math.max(r, line.x1);
  }
  for (const [tl, tr] of tables) {
    l = Math.min(l, tl);
    r = Math.max(r, tr);
  }
  if (l < r) return { left: l, right: r };
  return { left: 0, right: width };
}

/** The usual distance between baselines of one paragraph, per font size (rounded to half points). */
export function linePitches(pages: readonly PageLines[]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const p of pages) {
    for (let i = 1; i < p.lines.length; i++) {
      const a = p.lines[i - 1]!;
      const b = p.lines[i]!;
      if (Math.abs(a.size - b.size) > 0.25) continue;
      const gap = b.y - a.y;
      if (gap < 0.9 * a.size || gap > 2 * a.size) continue;
      const size = Math.round(a.size * 2) / 2;
      let m = counts.get(size);
      if (!m) counts.set(size, (m = new Map()));
      const key = Math.round(gap * 2) / 2;
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  const pitch = new Map<number, number>();
  for (const [size, m] of counts) {
    let best = 0;
    let at = size * 1.15;
    for (const [gap, n] of m) {
      if (n > best || (n === best && gap < at)) {
        best = n;
        at = gap;
      }
    }
    pitch.set(size, at);
  }
  return (size: number) => pitch.get(Math.round(size * 2) / 2) ?? size * 1.15;
}
