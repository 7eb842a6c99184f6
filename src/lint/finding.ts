// A finding of `roadmap validate`: what is wrong, how bad, and where — in the model and in the file.
import type { Severity } from '../model/diagnostic.js';

export type { Severity };

/** Where a finding is in the file given on the command line (and, for items, in the source document). */
export interface SourceLocation {
  /** The file as given on the command line. */
  file: string;
  /** The line: in the .txt for a parsed document, in the JSON file for a model JSON. */
  line?: number;
  /** The column, in a JSON file. */
  column?: number;
  /** The page of a PDF. */
  page?: number;
  /** The table and row of the item in the source document (tables and rows count from 1, the header row being 1). */
  table?: number;
  row?: number;
  /** The item number as written. */
  item?: string;
}

/** Who noticed it: a lint rule, the parser (passed through), or the schema check of a model JSON. */
export type FindingOrigin = 'rule' | 'parser' | 'schema';

export interface Finding {
  /** The rule id, the parser's diagnostic code, or «schema» / «invalid-json». */
  code: string;
  severity: Severity;
  message: string;
  /** A JSON path into the model («roadmaps[0].items[3].timeframe»); null when the finding is about the file. */
  path: string | null;
  origin: FindingOrigin;
  location: SourceLocation;
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}
