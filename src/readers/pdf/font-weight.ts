// What the reader needs to know of a font: whether it is bold, and how its glyph widths scale. The
// font object pdf.js loads with the operator list carries the real name ("…+LiberationSerif-Bold"),
// the bold flag, and the font matrix. Fonts are shared by the pages of a document, so kept per id.
import type { PDFPageProxy } from 'pdfjs-dist';

const BOLD_NAME = /bold|black|heavy|semibold|demibold|[-,]sb$|[-,]bd$/i;

export interface FontState {
  id: string;
  bold: boolean;
  /** fontMatrix[0]: glyph widths are in units of 1/this of the font size. */
  scale: number;
  vertical: boolean;
}

interface PdfFont {
  name?: string;
  bold?: boolean;
  black?: boolean;
  vertical?: boolean;
  fontMatrix?: number[];
}

export class FontWeights {
  private readonly known = new Map<string, FontState>();
  private page: PDFPageProxy | null = null;

  /** The page whose operator list is being read (its fonts are resolved once that list has loaded). */
  use(page: PDFPageProxy): void {
    this.page = page;
  }

  state(id: string): FontState {
    let f = this.known.get(id);
    if (f) return f;
    const font = this.page?.commonObjs.has(id) ? (this.page.commonObjs.get(id) as PdfFont | null) : null;
    const scale = font?.fontMatrix?.[0];
    f = {
      id,
      bold: !!font && (font.bold === true || font.black === true || BOLD_NAME.test(font.name ?? '')),
      scale: typeof scale === 'number' && Number.isFinite(scale) && scale !== 0 ? Math.abs(scale) : 0.001,
      vertical: font?.vertical === true,
    };
    // an unresolved font is not remembered: a later page may resolve it
    if (font) this.known.set(id, f);
    return f;
  }
}
