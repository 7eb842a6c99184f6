// Which of a page's fonts are bold. pdf.js's text items only name a font; the font object (loaded by
// the operator list) carries the real font name ("…+LiberationSerif-Bold") and its bold flag.
import type { PDFPageProxy } from 'pdfjs-dist';

const BOLD_NAME = /bold|black|heavy|semibold|demibold|[-,]sb$|[-,]bd$/i;

export class FontWeights {
  private readonly known = new Map<string, boolean>();

  /** Call after the page's operator list has loaded, with the font names its text items use. */
  learn(page: PDFPageProxy, fontNames: Iterable<string>): void {
    for (const id of fontNames) {
      if (this.known.has(id)) continue;
      if (!page.commonObjs.has(id)) continue;
      const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; black?: boolean } | null;
      this.known.set(id, !!font && (font.bold === true || font.black === true || BOLD_NAME.test(font.name ?? '')));
    }
  }

  isBold = (id: string): boolean => this.known.get(id) ?? false;
}
