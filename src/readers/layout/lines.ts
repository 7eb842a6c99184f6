// Runs -> visual lines: runs whose baselines agree form a line, left to right. Words are separated by
// the gaps between runs; outside tables a gap of several ems (a position on the left, the name on the
// right) becomes a tab, the same tab a .docx signature line has.
import type { TextRun } from './text-runs.js';

export interface VisualLine {
  runs: TextRun[];
  text: string;
  x0: number;
  x1: number;
  /** Baseline. */
  y: number;
  /** The size of most of the line's text. */
  size: number;
  bold: boolean;
}

/** A gap wider than this many ems is a tab stop, not a space. */
const TAB_GAP_EM = 3;
/** A gap wider than this many ems is a word space. */
const SPACE_GAP_EM = 0.15;

export function groupLines(runs: readonly TextRun[], tabs: boolean): VisualLine[] {
  if (runs.length === 0) return [];
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const lines: VisualLine[] = [];
  let current: TextRun[] = [sorted[0]!];
  let baseY = sorted[0]!.y;
  let baseSize = sorted[0]!.size;
  for (let i = 1; i < sorted.length; i++) {
    const r = sorted[i]!;
    if (Math.abs(r.y - baseY) <= 0.45 * Math.max(baseSize, r.size)) {
      current.push(r);
      continue;
    }
    lines.push(makeLine(current, tabs));
    current = [r];
    baseY = r.y;
    baseSize = r.size;
  }
  lines.push(makeLine(current, tabs));
  return lines;
}

export function makeLine(runs: TextRun[], tabs: boolean): VisualLine {
  runs.sort((a, b) => a.x0 - b.x0);
  let text = runs[0]!.text;
  let x1 = runs[0]!.x1;
  let bold = runs[0]!.bold;
  const sizes = new Map<number, number>();
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const key = Math.round(r.size * 2) / 2;
    sizes.set(key, (sizes.get(key) ?? 0) + r.text.length);
    if (i === 0) continue;
    const prev = runs[i - 1]!;
    const gap = r.x0 - x1;
    const em = Math.max(r.size, prev.size);
    if (tabs && gap > TAB_GAP_EM * em) text += '\t';
    else if (gap > SPACE_GAP_EM * em || prev.spaceAfter || r.spaceBefore) text += ' ';
    text += r.text;
    x1 = Math.max(x1, r.x1);
    if (!r.bold) bold = false;
  }
  let size = runs[0]!.size;
  let best = -1;
  for (const [s, n] of sizes) {
    if (n > best) {
      best = n;
      size = s;
    }
  }
  const ys = runs.map((r) => r.y).sort((a, b) => a - b);
  return { runs, text, x0: runs[0]!.x0, x1, y: ys[Math.floor(ys.length / 2)]!, size, bold };
}

/** The width the first word of a line takes, estimated from its run's average character width. */
export function firstWordWidth(line: VisualLine): number {
  const run = line.runs[0]!;
  const m = /^\S+/u.exec(run.text);
  const word = m ? m[0] : run.text;
  const perChar = (run.x1 - run.x0) / Math.max(1, run.text.length);
  return perChar * word.length;
}
