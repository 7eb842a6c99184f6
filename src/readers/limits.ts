// Limits that keep a hostile or broken document from costing unbounded time or memory.
export interface Limits {
  /** Largest input file, in bytes. */
  maxFileBytes: number;
  /** Most PDF pages read. */
  maxPdfPages: number;
  /** Largest inflated size of one .docx entry, in bytes. */
  maxDocxEntryBytes: number;
  /** Largest inflated/compressed ratio of a .docx entry. */
  maxInflateRatio: number;
  /** Deepest XML/HTML nesting accepted. */
  maxXmlDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPdfPages: 1000,
  maxDocxEntryBytes: 200 * 1024 * 1024,
  maxInflateRatio: 200,
  maxXmlDepth: 500,
};
