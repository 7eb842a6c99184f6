// One PDF page -> its text lines outside tables and its table fragments, in page space. Everything
// comes from one operator list: the text, the ruling lines, the images and the fonts.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { ReaderNote } from '../../document/model.js';
import type { FontWeights } from './font-weight.js';
import { groupLines, type VisualLine } from './lines.js';
import { opsTextRuns, type OpsTextStats } from './ops-text.js';
import type { PdfJs } from './pdf-engine.js';
import { pageGraphics } from './rulings.js';
import { assignRuns } from './table-cells.js';
import { toFragment, type TableFragment } from './table-fragment.js';
import { findGrids } from './table-grid.js';
import { findTextTables } from './text-columns.js';
import { dropOverprint } from './text-runs.js';

export interface PageContent {
  number: number;
  width: number;
  height: number;
  lines: VisualLine[];
  tables: TableFragment[];
  /** Characters of text on the page. */
  chars: number;
  images: number;
}

export async function readPage(page: PDFPageProxy, number: number, lib: PdfJs, fonts: FontWeights, notes: ReaderNote[]): Promise<PageContent> {
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
  const { grids, skipped } = findGrids(graphics);
  if (graphics.truncated || skipped) {
    notes.push({
      code: 'too-many-lines',
      severity: 'warning',
      message: `page ${number} draws too many lines to look for tables in; its text is read as paragraphs`,
      pos: { page: number },
    });
  }
  if (stats.rotated > 0) {
    notes.push({
      code: 'rotated-text',
      severity: 'info',
      message: `page ${number} has ${stats.rotated} piece(s) of rotated or vertical text, placed by their starting point`,
      pos: { page: number },
    });
  }
  const assigned = assignRuns(runs, grids);
  const nested = grids.reduce((n, g) => n + g.nested.length, 0);
  if (nested > 0) {
    notes.push({
      code: 'nested-table-flattened',
      severity: 'info',
      message: `page ${number}: ${nested} table(s) drawn inside table cells were read into those cells' lines`,
      pos: { page: number },
    });
  }
  // what no ruled table holds may still be a table set in columns without lines
  const unruled = findTextTables(groupLines(assigned.rest, true));
  const tables = [...assigned.tables, ...unruled.tables]
    .map((t) => toFragment(t, number))
    .filter((f) => f.rows.length > 0)
    .sort((a, b) => a.top - b.top);
  let chars = 0;
  for (const r of runs) chars += r.text.length;
  return {
    number,
    width: viewport.width,
    height: viewport.height,
    lines: unruled.rest,
    tables,
    chars,
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
