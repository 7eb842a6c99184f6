// Ruling lines of a page, in page space (top-left origin, y down): from the vector paths of a PDF
// (readers/pdf/path-rulings.ts) or from long dark runs in a scanned image (readers/ocr). Table grids
// are built from them.

export interface HSeg {
  y: number;
  x0: number;
  x1: number;
}

export interface VSeg {
  x: number;
  y0: number;
  y1: number;
}

export interface Rulings {
  h: HSeg[];
  v: VSeg[];
  /** More segments were drawn than are looked at; the rest were ignored. */
  truncated: boolean;
}
