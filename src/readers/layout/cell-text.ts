// The text of one table cell: its visual lines, with lines that wrapped joined back together, so a
// cell's lines are its paragraphs as in the .docx it came from.
import { isMidWordBreak, isWrap, joinWrapped } from './line-joins.js';
import { groupLines, type VisualLine } from './lines.js';
import type { TextRun } from './text-runs.js';
import type { Vocabulary } from './vocabulary.js';

export interface CellLines {
  /** The visual lines, top to bottom. */
  visual: VisualLine[];
  bold: boolean;
}

export function cellLines(runs: readonly TextRun[]): CellLines {
  const visual = groupLines(runs, false);
  return { visual, bold: visual.length > 0 && visual.every((l) => l.bold) };
}

/** A cell's visual lines -> its text lines; `right` is the cell's inner right edge (border minus padding). */
export function joinVisual(visual: readonly VisualLine[], right: number, words: Vocabulary): string[] {
  const lines: string[] = [];
  let cur: string | null = null;
  for (let i = 0; i < visual.length; i++) {
    const line = visual[i]!;
    if (cur === null) {
      cur = line.text;
      continue;
    }
    const prev = visual[i - 1]!;
    if (isWrap(prev, line, right)) {
      cur = joinWrapped(cur, line.text, isMidWordBreak(prev, line, right, words));
    } else {
      lines.push(cur);
      cur = line.text;
    }
  }
  if (cur !== null) lines.push(cur);
  return lines;
}
