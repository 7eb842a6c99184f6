// The report for programs: one entry per file with its counts, findings (code, severity, message, JSON
// path, origin, location) and, for a file that could not be read, the failure.
import { countFindings } from '../finding.js';
import type { Formatter } from './formatter.js';

export const json: Formatter = (results) => {
  const files = results.map((r) => {
    const n = countFindings(r.findings);
    return {
      file: r.file,
      kind: r.kind,
      errorCount: n.errors,
      warningCount: n.warnings,
      infoCount: n.infos,
      findings: r.findings,
      ...(r.failure ? { failure: r.failure } : {}),
    };
  });
  return JSON.stringify(files, null, 2) + '\n';
};
