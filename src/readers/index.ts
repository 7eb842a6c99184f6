// Reading: bytes of any supported format -> the common document model. Heavy readers (mammoth,
// pdf.js) load lazily so that commands that do not read documents start fast.
import type { DocModel } from '../document/model.js';
import { RoadmapError } from '../errors.js';
import { detectFormat, type DetectedFormat } from './detect.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

// text already decoded (parseText): the light .txt reader, which needs no lazy loading
export { readText } from './txt/read-txt.js';

export interface ReaderOptions {
  limits: Limits;
}

export interface ReadOptions {
  limits?: Partial<Limits>;
}

export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<DocModel> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.maxFileBytes) {
    throw new RoadmapError(
      'too-large',
      `the file is ${bytes.length} bytes, over the limit of ${limits.maxFileBytes} (maxFileBytes; raise it with --max-file-size)`,
    );
  }
  const format = detectFormat(bytes);
  const ropts: ReaderOptions = { limits };
  switch (format) {
    case 'txt':
      return (await import('./txt/read-txt.js')).readTxt(bytes, ropts);
    case 'docx':
      return (await import('./docx/read-docx.js')).readDocx(bytes, ropts);
    case 'html':
      return (await import('./html/read-html.js')).readHtmlBytes(bytes, ropts);
    case 'pdf':
      return (await import('./pdf/read-pdf.js')).readPdf(bytes, ropts);
    default:
      throw unsupported(format);
  }
}

function unsupported(format: DetectedFormat): RoadmapError {
  switch (format) {
    case 'empty':
      return new RoadmapError('corrupt', 'the file is empty');
    case 'doc':
      return new RoadmapError('unsupported-format', 'old binary Word (.doc) is not supported yet: convert it to .docx');
    case 'encrypted-office':
      return new RoadmapError('encrypted', 'the Word document is password-protected: open it, remove the password and save it again');
    case 'odt':
      return new RoadmapError('unsupported-format', 'OpenDocument (.odt) is not supported yet: convert it to .docx');
    case 'rtf':
      return new RoadmapError('unsupported-format', 'RTF is not supported yet: convert it to .docx');
    case 'zip':
      return new RoadmapError('unsupported-format', 'a zip archive that is not a Word document');
    case 'json':
      return new RoadmapError('unsupported-format', 'a JSON file, not a document (roadmap parse reads .docx, .pdf, .txt, .html)');
    default:
      return new RoadmapError('unsupported-format', `unsupported format: ${format}`);
  }
}
