// Positioned text runs from pdf.js's operator list, following the PDF text model the way pdf.js's
// canvas does (text matrix, Td/T*/TL, Tc, Tw, Tz, Ts, kerning in TJ). The operator list is needed for
// the ruling lines anyway; reading the text from it too spares pdf.js a second pass over the page
// (getTextContent), which was half the cost of reading a PDF.
import type { FontState, FontWeights } from './font-weight.js';
import type { PdfJs } from './pdf-engine.js';
import type { TextRun } from '../layout/text-runs.js';
import { IDENTITY, multiply, type Matrix } from './matrix.js';



interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/** What q/Q save besides the CTM: the text state parameters. */
interface TextParams {
  ctm: Matrix;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  font: FontState | null;
  size: number;
  direction: number;
}

export interface OpsTextStats {
  rotated: number;
  /** Characters by the direction their line runs on the page: 0 right, 90 down, 180 left, 270 up. */
  directions: Record<number, number>;
  /** Glyphs drawn outside the page (not document text). */
  offPage: number;
}

/** A gap inside one text-showing operator wider than this many ems splits it into two runs. */
const SPLIT_GAP_EM = 0.15;
/** Latin ligatures pdf.js may pass through as single characters. */
const LIGATURES = /[\ufb00-\ufb06]/gu;

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

export function opsTextRuns(
  ops: OperatorList,
  viewport: readonly number[],
  page: { width: number; height: number },
  fonts: FontWeights,
  lib: PdfJs,
  stats: OpsTextStats,
): TextRun[] {
  const OPS = lib.OPS;
  const runs: TextRun[] = [];
  let s: TextParams = { ctm: IDENTITY, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, font: null, size: 0, direction: 1 };
  const stack: TextParams[] = [];
  let textMatrix: Matrix = IDENTITY;
  // the text position within the text matrix's space (pdf.js's current.x/y and lineX/lineY)
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;
  const moveText = (tx: number, ty: number) => {
    x = lineX += tx;
    y = lineY += ty;
  };
  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i]!;
    const args = argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ...s });
        break;
      case OPS.restore:
        s = stack.pop() ?? s;
        break;
      case OPS.transform:
        s.ctm = multiply(s.ctm, args as number[]);
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...s });
        const m = args?.[0];
        if (Array.isArray(m) && m.length === 6) s.ctm = multiply(s.ctm, m as number[]);
        break;
      }
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.beginText:
        textMatrix = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case OPS.setFont: {
        const size = Number(args?.[1] ?? 0);
        s.font = fonts.state(String(args?.[0] ?? ''));
        s.size = Math.abs(size);
        s.direction = size < 0 ? -1 : 1;
        break;
      }
      case OPS.setCharSpacing:
        s.charSpacing = Number(args?.[0] ?? 0);
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = Number(args?.[0] ?? 0);
        break;
      case OPS.setHScale:
        s.hScale = Number(args?.[0] ?? 100) / 100;
        break;
      case OPS.setLeading:
        s.leading = -Number(args?.[0] ?? 0);
        break;
      case OPS.setTextRise:
        s.rise = Number(args?.[0] ?? 0);
        break;
      case OPS.setTextMatrix: {
        const m = args?.[0] as ArrayLike<number> | undefined;
        if (m && m.length === 6) textMatrix = [m[0]!, m[1]!, m[2]!, m[3]!, m[4]!, m[5]!];
        x = y = lineX = lineY = 0;
        break;
      }
      case OPS.moveText:
        moveText(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0));
        break;
      case OPS.setLeadingMoveText:
        s.leading = Number(args?.[1] ?? 0);
        moveText(Number(args?.[0] ?? 0), Number(args?.[1] ?? 0));
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText: {
        const glyphs = args?.[0];
        if (!Array.isArray(glyphs) || !s.font || s.size === 0) break;
        const device = multiply(multiply(viewport, s.ctm), textMatrix);
        x += showText(glyphs as Array<Glyph | number>, s, device, x, y, page, runs, stats);
        break;
      }
      default:
        break;
    }
  }
  return runs;
}

/** Emits the runs of one text-showing operator; returns the advance along the text line. */
function showText(
  glyphs: Array<Glyph | number>,
  s: TextParams,
  device: Matrix,
  x0: number,
  y0: number,
  page: { width: number; height: number },
  out: TextRun[],
  stats: OpsTextStats,
): number {
  const font = s.font!;
  const th = s.hScale * s.direction;
  const widthScale = s.size * font.scale;
  // the device-space vectors of one text-space unit along and across the line
  const ax = device[0];
  const ay = device[1];
  const sizeOnPage = Math.hypot(device[2], device[3]) * s.size;
  const along = Math.hypot(ax, ay);
  const horizontal = Math.abs(ay) < 0.1 * along && ax > 0;
  const direction = (Math.round((Math.atan2(ay, ax) * 180) / Math.PI / 90) * 90 + 360) % 360;
  const originX = (tx: number) => device[0] * tx + device[2] * (y0 + s.rise) + device[4];
  const originY = (tx: number) => device[1] * tx + device[3] * (y0 + s.rise) + device[5];

  let adv = 0; // text-space advance so far, before hScale
  let text = '';
  let start = 0; // advance where the current run began
  let end = 0; // advance where the current run's last glyph ended
  const flush = () => {
    if (text.trim() !== '') {
      const gx0 = originX(x0 + start * th);
      const gx1 = originX(x0 + end * th);
      const gy = originY(x0 + start * th);
      if (gx0 < -5 || gy < -5 || gx0 > page.width + 5 || gy > page.height + 5) stats.offPage++;
      else {
        if (!horizontal) stats.rotated++;
        const t = text.replace(LIGATURES, (c) => c.normalize('NFKC'));
        const trimmed = t.trim();
        stats.directions[direction] = (stats.directions[direction] ?? 0) + trimmed.length;
        out.push({
          text: trimmed,
          x0: Math.min(gx0, gx1),
          x1: horizontal ? Math.max(gx0, gx1) : Math.min(gx0, gx1) + Math.max(Math.abs(gx1 - gx0), sizeOnPage * trimmed.length * 0.5),
          y: gy,
          size: sizeOnPage,
          bold: font.bold,
          spaceBefore: /^\s/u.test(t),
          spaceAfter: /\s$/u.test(t),
        });
      }
    }
    text = '';
  };
  for (const g of glyphs) {
    if (typeof g === 'number') {
      // TJ kerning: a large negative adjustment is a visual space
      adv -= (g * s.size) / 1000;
      continue;
    }
    const spacing = s.charSpacing + (g.isSpace ? s.wordSpacing : 0);
    const w = (g.width ?? 0) * widthScale + spacing * s.direction;
    const ch = g.unicode ?? '';
    if (text !== '' && (adv - end) * Math.abs(th) * along > SPLIT_GAP_EM * sizeOnPage) flush();
    if (text === '') start = adv;
    if (ch !== '' && !/^[\u0000-\u001f]$/u.test(ch)) text += ch;
    adv += w;
    end = adv;
  }
  flush();
  return adv * th;
}
