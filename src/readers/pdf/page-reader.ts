// One PDF page -> its text lines outside tables and its table fragments, in page space.
import type { PDFPageProxy } from 'pdfjs-dist';
import type { ReaderNote } from '../../document/model.js';
import type { FontWeights } from './font-weight.js';
import { groupLines, type VisualLine } from './lines.js';
import type { PdfJs } from './pdf-engine.js';
import { pageGraphics } from './rulings.js';
import { assignRuns } from './table-cells.js';
import { toFragment, type TableFragment } from './table-fragment.js';
import { findGrids } from './table-grid.js';
import { textRuns } from './text-items.js';

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
  const viewport = page.getViewport({ scale: 1 });
  const text = await page.getTextContent();
  // the operator list gives the ruling lines, the images, and the fonts (for bold)
  const ops = await page.getOperatorList({ annotationMode: lib.AnnotationMode.DISABLE });
  const names = new Set<string>();
  for (const item of text.items) if ('fontName' in item) names.add(item.fontName);
  fonts.learn(page, names);
  const stats = { rotated: 0 };
  const runs = textRuns(text.items, viewport.transform, fonts.isBold, stats);
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
  const tables = assigned.tables.map((t) => toFragment(t, number)).filter((f) => f.rows.length > 0);
  let chars = 0;
  for (const r of runs) chars += r.text.length;
  return {
    number,
    width: viewport.width,
    height: viewport.height,
    lines: groupLines(assigned.rest, true),
    tables,
    chars,
    images: graphics.images,
  };
}
