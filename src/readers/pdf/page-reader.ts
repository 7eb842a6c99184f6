// One PDF page -> a positioned page (its text runs and ruling lines, in page space) for the layout
// analysis. Everything comes from one operator list: the text, the ruling lines, the images and the fonts.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { ReaderNote } from '../../document/model.js';
import type { FontWeights } from './font-weight.js';
import { dropOverprint } from '../layout/text-runs.js';
import type { PositionedPage } from '../layout/page-layout.js';
import { opsTextRuns, type OpsTextStats } from './ops-text.js';
import type { PdfJs } from './pdf-engine.js';
import { pageGraphics } from './path-rulings.js';

/** A page read from the PDF, before layout; `images` tells a scanned page from an empty one. */
export interface PdfPage extends PositionedPage {
  images: number;
}

export async function readPage(page: PDFPageProxy, number: number, lib: PdfJs, fonts: FontWeights, notes: ReaderNote[]): Promise<PdfPage> {
  let viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
  fonts.use(page);
  let stats: OpsTextStats = { rotated: 0, offPage: 0, directions: {} };
  let runs = opsTextRuns(ops, viewport.transform, viewport, fonts, lib, stats);
  // a page whose text mostly runs down or up (a landscape table on a portrait page) is read turned
  // so that its text runs left to right
  const turn = dominantTurn(stats.directions);
  if (turn !== 0) {
    viewport = page.getViewport({ scale: 1, rotation: (page.rotate + 360 - turn) % 360 });
    stats = { rotated: 0, offPage: 0, directions: {} };
    runs = opsTextRuns(ops, viewport.transform, viewport, fonts, lib, stats);
    notes.push({ code: 'page-turned', severity: 'info', message: `page ${number} was read turned by ${360 - turn}° so that its text runs left to right`, pos: { page: number } });
  }
  runs = dropOverprint(runs);
  const graphics = pageGraphics(ops, viewport.transform, lib);
  if (stats.rotated > 0) {
    notes.push({
      code: 'rotated-text',
      severity: 'info',
      message: `page ${number} has ${stats.rotated} piece(s) of rotated or vertical text, placed by their starting point`,
      pos: { page: number },
    });
  }
  return {
    number,
    width: viewport.width,
    height: viewport.height,
    runs,
    rulings: { h: graphics.h, v: graphics.v, truncated: graphics.truncated },
    images: graphics.images,
  };
}

/** The direction most of the page's text runs in, if it is not left to right (0). */
function dominantTurn(directions: Record<number, number>): number {
  let total = 0;
  let best = 0;
  let bestCount = 0;
  for (const [d, n] of Object.entries(directions)) {
    total += n;
    if (n > bestCount) {
      bestCount = n;
      best = Number(d);
    }
  }
  return bestCount > total / 2 ? best : 0;
}
