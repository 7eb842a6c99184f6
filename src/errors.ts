// Errors for inputs that cannot be read at all. Problems *inside* a readable document are
// diagnostics, not errors. Each error has a stable code that users and batch summaries see.

export const ERROR_CODES = {
  'file-not-found': 'the file does not exist',
  'not-a-file': 'the path is not a regular file',
  'unreadable': 'the file could not be read',
  'unsupported-format': 'the format is not supported',
  'corrupt': 'the file is damaged or not what its name says',
  'no-text-layer': 'the PDF has no text layer (a scan); OCR it first',
  'encrypted': 'the document is encrypted or password-protected',
  'too-large': 'the document is over a limit',
  'timeout': 'the document took too long to read',
  'binary': 'the file is binary, not text',
  'invalid-model': 'the JSON is not a roadmap model',
  'reader-crashed': 'the reader process crashed on the document, which could not be read',
  'internal': 'an unexpected error (a bug)',
  // batch outcomes recorded in summary.json beside the reading errors above
  'exists': 'the output exists (use --force or --incremental)',
  'would-overwrite-input': 'the output path is an input file',
  'write-failed': 'the output could not be written',
  'interrupted': 'the batch was stopped before the input was read',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class RoadmapError extends Error {
  readonly code: ErrorCode;
  file?: string;
  constructor(code: ErrorCode, message: string, options?: { file?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RoadmapError';
    this.code = code;
    if (options?.file !== undefined) this.file = options.file;
  }
}

export function isRoadmapError(e: unknown): e is RoadmapError {
  return e instanceof RoadmapError;
}
