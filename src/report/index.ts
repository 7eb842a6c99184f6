// roadmap report, as a library: models in, a report out, in the format asked for.
export { buildReport } from './build-report.js';
export { formatReport, REPORT_FORMATS, FORMAT_EXTENSIONS, type ReportFormat, type FormatOptions } from './format/index.js';
export { sourceLabels } from './source-labels.js';
export * from './report-model.js';
