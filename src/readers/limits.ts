// Limits that keep a hostile or broken document from costing unbounded time or memory. Each has a
// `roadmap parse` flag (named in the error a document over it gets); the per-document time and the
// worker's memory are limits of the process that reads, set in src/batch.
export interface Limits {
  /** Largest input file, in bytes. */
  maxFileBytes: number;
  /** Most PDF pages read. */
  maxPdfPages: number;
  /** Largest decoded size of one Flate or LZW stream of a PDF, in bytes (pdf.js decodes with no cap). */
  maxPdfStreamBytes: number;
  /** Largest inflated size of one .docx entry, in bytes. */
  maxDocxEntryBytes: number;
  /** Largest inflated/compressed ratio of a .docx entry. */
  maxInflateRatio: number;
  /**
   * Most XML elements in a .docx. mammoth's memory grows with them (about 1 KB of peak RSS each once
   * unused formatting is dropped): 1,000,000 is a 10,000-row plan, within the default worker memory.
   */
  maxDocxElements: number;
  /** Deepest XML/HTML nesting accepted, and deepest nesting of saved graphics states (q) in a PDF. */
  maxXmlDepth: number;
  /** Longest line of a .txt file, in characters. */
  maxLineLength: number;
  /** Most pixels of one PDF image (width × height), checked before it is decoded (a JBIG2 bomb is 60,000²). */
  maxPdfImagePixels: number;
  /** Most form XObjects one form draws, counting the forms they draw in turn (forms drawing each other twice over). */
  maxPdfFormVisits: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPdfPages: 1000,
  maxPdfStreamBytes: 200 * 1024 * 1024,
  maxDocxEntryBytes: 200 * 1024 * 1024,
  maxInflateRatio: 200,
  maxDocxElements: 1_000_000,
  maxXmlDepth: 500,
  maxLineLength: 1_000_000,
  maxPdfImagePixels: 100_000_000,
  maxPdfFormVisits: 10_000,
};
