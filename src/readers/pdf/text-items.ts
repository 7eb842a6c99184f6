// pdf.js text items -> positioned runs in page space (top-left origin, y down, points). Whitespace
// items are dropped (gaps are measured instead); text drawn twice at the same spot, the way some
// producers fake bold, is kept once and counted as bold.
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

export interface TextRun {
  text: string;
  /** Left and right edge along the baseline. */
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** Font size (the glyphs' height in page space). */
  size: number;
  bold: boolean;
  /** The item began or ended with whitespace (a space belongs there even if the gap is small). */
  spaceBefore: boolean;
  spaceAfter: boolean;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: readonly number[], n: readonly number[]): Matrix {
  return [
    m[0]! * n[0]! + m[2]! * n[1]!,
    m[1]! * n[0]! + m[3]! * n[1]!,
    m[0]! * n[2]! + m[2]! * n[3]!,
    m[1]! * n[2]! + m[3]! * n[3]!,
    m[0]! * n[4]! + m[2]! * n[5]! + m[4]!,
    m[1]! * n[4]! + m[3]! * n[5]! + m[5]!,
  ];
}

export interface RunStats {
  /** Items whose text is not horizontal on the page (rotated or vertical text). */
  rotated: number;
}

export function textRuns(items: readonly unknown[], viewport: readonly number[], boldFont: (fontName: string) => boolean, stats: RunStats): TextRun[] {
  const runs: TextRun[] = [];
  for (const raw of items) {
    const item = raw as Partial<TextItem>;
    if (typeof item.str !== 'string' || !item.transform) continue;
    const str = item.str;
    const text = str.trim();
    if (text === '') continue;
    const m = multiply(viewport, item.transform as number[]);
    const scaleX = Math.hypot(m[0], m[1]);
    const size = Math.hypot(m[2], m[3]);
    if (scaleX === 0 || size === 0) continue;
    // the direction of the baseline; page-space "horizontal" means m[1] ≈ 0 and m[0] > 0
    const horizontal = Math.abs(m[1]) < 0.1 * scaleX && m[0] > 0;
    if (!horizontal) stats.rotated++;
    const width = item.width ?? 0;
    const x0 = m[4];
    runs.push({
      text,
      x0,
      x1: horizontal ? x0 + width : x0 + Math.max(width, size * text.length * 0.5),
      y: m[5],
      size,
      bold: boldFont(item.fontName ?? ''),
      spaceBefore: /^\s/u.test(str),
      spaceAfter: /\s$/u.test(str),
    });
  }
  return dropOverprint(runs);
}

/** Text painted twice (within half a point) is one run, in bold. */
function dropOverprint(runs: TextRun[]): TextRun[] {
  if (runs.length < 2) return runs;
  const out: TextRun[] = [runs[0]!];
  for (let i = 1; i < runs.length; i++) {
    const r = runs[i]!;
    const prev = out[out.length - 1]!;
    if (r.text === prev.text && Math.abs(r.x0 - prev.x0) < 1 && Math.abs(r.y - prev.y) < 1) {
      prev.bold = true;
      continue;
    }
    out.push(r);
  }
  return out;
}
