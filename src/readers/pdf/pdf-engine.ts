// Opens a PDF with pdf.js (the pdfjs-dist build that pdf-parse pins) in its safe configuration, and
// turns pdf.js's failures into RoadmapErrors: damaged files are `corrupt`, password ones `encrypted`.
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { RoadmapError } from '../../errors.js';
import { restoreNativePush } from './native-push.js';

export type PdfJs = typeof import('pdfjs-dist');

let engine: Promise<PdfJs> | null = null;

/** pdf.js loads once per process; pdf-parse uses the same module, so this costs nothing extra. */
export function pdfjs(): Promise<PdfJs> {
  engine ??= (import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>).then((lib) => {
    restoreNativePush();
    return lib;
  });
  return engine;
}

/** `maxImagePixels`: pdf.js decodes no larger image (an image only the scan before it could not size). */
export async function openPdf(bytes: Uint8Array, maxImagePixels = -1): Promise<{ doc: PDFDocumentProxy; lib: PdfJs }> {
  const lib = await pdfjs();
  // pdf.js may transfer (detach) the buffer it is given: hand it a copy, not the caller's bytes
  const data = new Uint8Array(bytes);
  const task = lib.getDocument({
    data,
    // font programs are never compiled into JavaScript (CVE-2024-4367) nor handed to a font loader
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    // nothing is fetched: no range requests, no streaming, no external resources
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    enableXfa: false,
    verbosity: lib.VerbosityLevel.ERRORS,
    stopAtErrors: false,
    maxImageSize: maxImagePixels,
  });
  try {
    const doc = await task.promise;
    // the first document loads pdf.js's worker bundle, which installs its polyfills again
    restoreNativePush();
    return { doc, lib };
  } catch (e) {
    restoreNativePush();
    await task.destroy().catch(() => undefined);
    throw pdfError(e);
  }
}

/** A pdf.js exception -> the error users see. Anything unexpected is passed on as it is. */
export function pdfError(e: unknown): unknown {
  const name = (e as { name?: string } | null)?.name;
  const message = (e as { message?: string } | null)?.message ?? String(e);
  switch (name) {
    case 'PasswordException':
      return new RoadmapError('encrypted', 'the PDF is protected by a password', { cause: e });
    case 'InvalidPDFException':
    case 'FormatError':
    case 'UnknownErrorException':
    case 'MissingPDFException':
      return new RoadmapError('corrupt', `the PDF is damaged or not a PDF: ${message}`, { cause: e });
    default:
      return e;
  }
}
