// The horizontal and vertical lines a page draws (stroked lines and thin filled rectangles), in page
// space, from pdf.js's operator list. Table grids are built from them. Also counts painted images,
// which tell a scanned page from an empty one.
import type { Rulings } from '../layout/rulings.js';
import type { PdfJs } from './pdf-engine.js';
import { multiply, type Matrix } from './matrix.js';

export interface PageGraphics extends Rulings {
  images: number;
}

/** A page drawing more lines than this is a drawing, not a table; the excess is ignored. */
const MAX_SEGMENTS = 20_000;
/** Thicker than this, a filled rectangle is a shaded box, not a line. */
const MAX_RULE_THICKNESS = 2.5;
/** pdf.js's path buffer codes (its DrawOPS, which it does not export). */
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;
/** How far off axis a line may be and still count as horizontal/vertical. */
const AXIS_TOLERANCE = 0.5;


interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export function pageGraphics(ops: OperatorList, viewport: readonly number[], lib: PdfJs): PageGraphics {
  const OPS = lib.OPS;
  const out: PageGraphics = { h: [], v: [], images: 0, truncated: false };
  const imageOps = new Set<number>([
    OPS.paintImageXObject,
    OPS.paintInlineImageXObject,
    OPS.paintImageMaskXObject,
    OPS.paintImageXObjectRepeat,
    OPS.paintImageMaskXObjectRepeat,
    OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObjectGroup,
    OPS.paintSolidColorImageMask,
  ]);
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform) ctm = multiply(ctm, argsArray[i] as number[]);
    else if (fn === OPS.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = (argsArray[i] as unknown[] | null)?.[0];
      if (Array.isArray(matrix) && matrix.length === 6) ctm = multiply(ctm, matrix as number[]);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (imageOps.has(fn)) out.images++;
    else if (fn === OPS.constructPath) {
      if (out.truncated) continue;
      const args = argsArray[i] as [number, [ArrayLike<number> | null], unknown];
      const paint = args[0];
      const path = args[1]?.[0];
      if (!path) continue;
      const isStroke = strokes.has(paint);
      if (!isStroke && !fills.has(paint)) continue;
      addPath(path, multiply(viewport, ctm), isStroke, out);
      if (out.h.length + out.v.length > MAX_SEGMENTS) out.truncated = true;
    }
  }
  return out;
}

/** Walks a pdf.js path buffer (DrawOPS codes followed by coordinates). */
function addPath(buf: ArrayLike<number>, m: Matrix, stroke: boolean, out: PageGraphics): void {
  const { moveTo, lineTo, curveTo, closePath } = DRAW;
  let sx = 0;
  let sy = 0;
  let cx = 0;
  let cy = 0;
  // the points of the current subpath, for recognising filled rectangles
  let pts: number[] = [];
  let curved = false;
  const flushFill = () => {
    if (!stroke && !curved && (pts.length === 8 || pts.length === 10)) addFilledRect(pts, m, out);
    pts = [];
    curved = false;
  };
  for (let k = 0; k < buf.length; ) {
    const op = buf[k++];
    if (op === moveTo) {
      flushFill();
      cx = sx = buf[k++]!;
      cy = sy = buf[k++]!;
      pts.push(cx, cy);
    } else if (op === lineTo) {
      const x = buf[k++]!;
      const y = buf[k++]!;
      if (stroke) addLine(cx, cy, x, y, m, out);
      pts.push(x, y);
      cx = x;
      cy = y;
    } else if (op === curveTo) {
      cx = buf[k + 4]!;
      cy = buf[k + 5]!;
      k += 6;
      curved = true;
    } else if (op === closePath) {
      if (stroke && (cx !== sx || cy !== sy)) addLine(cx, cy, sx, sy, m, out);
      cx = sx;
      cy = sy;
    } else {
      break;
    }
  }
  flushFill();
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function addLine(x0: number, y0: number, x1: number, y1: number, m: Matrix, out: PageGraphics): void {
  const [ax, ay] = apply(m, x0, y0);
  const [bx, by] = apply(m, x1, y1);
  if (Math.abs(ay - by) <= AXIS_TOLERANCE && Math.abs(ax - bx) >= 1) {
    out.h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
  } else if (Math.abs(ax - bx) <= AXIS_TOLERANCE && Math.abs(ay - by) >= 1) {
    out.v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
  }
}

function addFilledRect(pts: number[], m: Matrix, out: PageGraphics): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < pts.length; i += 2) {
    const [x, y] = apply(m, pts[i]!, pts[i + 1]!);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // only an axis-aligned rectangle: every corner on the bounding box
  for (let i = 0; i < pts.length; i += 2) {
    const [x, y] = apply(m, pts[i]!, pts[i + 1]!);
    const onX = Math.abs(x - minX) < 0.5 || Math.abs(x - maxX) < 0.5;
    const onY = Math.abs(y - minY) < 0.5 || Math.abs(y - maxY) < 0.5;
    if (!onX || !onY) return;
  }
  const w = maxX - minX;
  const h = maxY - minY;
  if (h <= MAX_RULE_THICKNESS && w > h && w >= 1) out.h.push({ y: (minY + maxY) / 2, x0: minX, x1: maxX });
  else if (w <= MAX_RULE_THICKNESS && h > w && h >= 1) out.v.push({ x: (minX + maxX) / 2, y0: minY, y1: maxY });
}
