// The report as JSON: the Report object itself (report-model.ts), indented for people and diffs.
import type { Report } from '../report-model.js';

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n';
}
