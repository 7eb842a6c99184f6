// A positioned run of text in page space (top-left origin, y down, points), as pdf/ops-text.ts reads
// it from a PDF's text layer (and an OCR reader would from a scanned page: hence `confidence`); and
// the clean-up of text painted twice, the way some producers fake bold.

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
  /** The text began or ended with whitespace (a space belongs there even if the gap is small). */
  spaceBefore: boolean;
  spaceAfter: boolean;
  /** OCR'd text: the engine's confidence in the word, 0..100. */
  confidence?: number;
}

/** Text painted twice at the same spot (within a point) is one run, in bold. */
export function dropOverprint(runs: TextRun[]): TextRun[] {
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
