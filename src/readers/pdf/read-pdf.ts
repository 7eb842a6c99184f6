// The PDF reader: a text-based PDF -> the common document model. Lines are rebuilt from positioned
// text, tables from the ruling lines the PDF draws, and tables and paragraphs are joined across pages.
// A PDF without a text layer (a scan) is an error, never an empty model.
import type { DocModel, ReaderNote } from '../../document/model.js';
import { RoadmapError } from '../../errors.js';
import type { ReaderOptions } from '../index.js';
import { assembleBlocks } from '../layout/block-assembly.js';
import { layoutPage, type PageContent } from '../layout/page-layout.js';
import { FontWeights } from './font-weight.js';
import { openPdf, pdfError } from './pdf-engine.js';
import { readPage } from './page-reader.js';
import { checkPdfStreams } from './stream-guard.js';

export async function readPdf(bytes: Uint8Array, opts: ReaderOptions): Promise<DocModel> {
  checkPdfStreams(bytes, opts.limits);
  const { doc, lib } = await openPdf(bytes, opts.limits.maxPdfImagePixels);
  try {
    const max = opts.limits.maxPdfPages;
    if (doc.numPages > max) {
      throw new RoadmapError('too-large', `the PDF has ${doc.numPages} pages, over the limit of ${max} (maxPdfPages; raise it with --max-pdf-pages)`);
    }
    const notes: ReaderNote[] = [];
    const fonts = new FontWeights();
    const pages: PageContent[] = [];
    let images = 0;
    const imageOnly: number[] = [];
    let failed = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      let page;
      try {
        page = await doc.getPage(n);
      } catch (e) {
        if (!(pdfError(e) instanceof RoadmapError)) throw e;
        failed++;
        notes.push({ code: 'page-unreadable', severity: 'error', message: `page ${n} could not be read: ${(e as Error).message}`, pos: { page: n } });
        continue;
      }
      try {
        const read = await readPage(page, n, lib, fonts, notes);
        const laid = layoutPage(read, notes);
        images += read.images;
        if (laid.chars === 0 && read.images > 0) imageOnly.push(n);
        pages.push(laid);
      } catch (e) {
        const mapped = pdfError(e);
        if (!(mapped instanceof RoadmapError)) throw e;
        failed++;
        notes.push({ code: 'page-unreadable', severity: 'error', message: `page ${n} could not be read: ${(e as Error).message}`, pos: { page: n } });
      } finally {
        page.cleanup();
      }
    }
    if (failed === doc.numPages) throw new RoadmapError('corrupt', 'no page of the PDF could be read');
    const chars = pages.reduce((n, p) => n + p.chars, 0);
    if (chars === 0) {
      throw new RoadmapError(
        'no-text-layer',
        images > 0
          ? `the PDF has no text layer: its ${doc.numPages} page(s) are images (a scan); OCR it first`
          : 'the PDF has no text layer: it has no text to read',
      );
    }
    for (const n of imageOnly) {
      notes.push({ code: 'page-without-text', severity: 'warning', message: `page ${n} is an image with no text layer; its content is missing`, pos: { page: n } });
    }
    const blocks = assembleBlocks(pages, notes);
    return { format: 'pdf', blocks, notes, encoding: null, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
