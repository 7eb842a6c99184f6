// pdf-parse's plain text extraction (getText), run the same safe way the PDF reader runs pdf.js: the
// reference the PDF reader's speed is measured against (src/bench/readers.ts).
import { restoreNativePush } from '../readers/pdf/native-push.js';

export async function pdfParseText(bytes: Uint8Array): Promise<string> {
  // loaded lazily, after native-push.ts has seen the engine's own Array.prototype.push
  const { PDFParse } = await import('pdf-parse');
  restoreNativePush();
  const parser = new PDFParse({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  try {
    const text = (await parser.getText()).text;
    restoreNativePush();
    return text;
  } finally {
    await parser.destroy();
  }
}
