// The report formats by name, each a function of the report (and its options) to text.
import { shownData } from '../../safe-text.js';
import type { Report } from '../report-model.js';
import { formatCsv, type CsvOptions } from './csv.js';
import { formatHtml } from './html.js';
import { formatIcs, type IcsOptions } from './ics.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';

export const REPORT_FORMATS = ['markdown', 'html', 'json', 'csv', 'ics'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export type FormatOptions = CsvOptions & IcsOptions;

export function formatReport(data: Report, format: ReportFormat, options: FormatOptions = {}): string {
  // every format but JSON is read by people, often on a terminal: control characters shown as escapes
  const report = format === 'json' ? data : shownData(data);
  switch (format) {
    case 'markdown':
      return formatMarkdown(report);
    case 'html':
      return formatHtml(report);
    case 'json':
      return formatJson(report);
    case 'csv':
      return formatCsv(report, options);
    case 'ics':
      return formatIcs(report, options);
  }
}

/** The file name extension of each format, for -o names and the docs. */
export const FORMAT_EXTENSIONS: Record<ReportFormat, string> = { markdown: '.md', html: '.html', json: '.json', csv: '.csv', ics: '.ics' };
