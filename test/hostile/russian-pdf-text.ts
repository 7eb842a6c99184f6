// Russian text in a generated PDF without embedding a font: the standard Helvetica with a /Differences
// encoding that names the Cyrillic glyphs (afii10017 = «А» …), which pdf.js maps back to Unicode.

export interface PdfFontEncoding {
  /** The font dictionary to put in the page resources as /F1. */
  fontDict: string;
  /** Text -> a PDF string literal in that encoding, e.g. «(\\200\\201)». */
  literal(text: string): string;
}

function glyphName(ch: string): string | null {
  const c = ch.codePointAt(0)!;
  if (c === 0x401) return 'afii10023'; // Ё
  if (c === 0x451) return 'afii10071'; // ё
  if (c >= 0x410 && c <= 0x42f) return `afii${c <= 0x415 ? 10017 + (c - 0x410) : 10018 + (c - 0x410)}`;
  if (c >= 0x430 && c <= 0x44f) return `afii${c <= 0x435 ? 10065 + (c - 0x430) : 10066 + (c - 0x430)}`;
  if (c === 0x2116) return 'afii61352'; // №
  if (c === 0xab) return 'guillemotleft';
  if (c === 0xbb) return 'guillemotright';
  if (c === 0x2013) return 'endash';
  return null;
}

/** An encoding for exactly the non-ASCII characters of `texts` (codes from 128 up). */
export function russianEncoding(texts: string[]): PdfFontEncoding {
  const codes = new Map<string, number>();
  for (const t of texts) {
    for (const ch of t) {
      if (ch.codePointAt(0)! < 128 || codes.has(ch)) continue;
      if (glyphName(ch) === null) throw new Error(`no glyph name for «${ch}»`);
      if (codes.size === 128) throw new Error('more than 128 distinct non-ASCII characters');
      codes.set(ch, 128 + codes.size);
    }
  }
  const differences = [...codes].map(([ch, code]) => `${code} /${glyphName(ch)}`).join(' ');
  return {
    fontDict: `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [${differences}] >> >>`,
    literal: (text) => {
      let s = '(';
      for (const ch of text) {
        const code = codes.get(ch) ?? ch.codePointAt(0)!;
        if (ch === '(' || ch === ')' || ch === '\\') s += '\\' + ch;
        else if (code < 32 || code > 126) s += '\\' + code.toString(8).padStart(3, '0');
        else s += ch;
      }
      return s + ')';
    },
  };
}
