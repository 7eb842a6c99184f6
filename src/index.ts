// roadmap: read Russian orders (.docx, .pdf, .txt) and turn the roadmap they approve into one model.
export { parseFile, parseBytes, parseText, readDocumentFile, type ParseOptions } from './api.js';
export * from './model/index.js';
export type { DocModel, Block, Paragraph, Table, Row, Cell, SourcePos } from './document/model.js';
export { RoadmapError, ERROR_CODES, type ErrorCode } from './errors.js';
export { DEFAULT_LIMITS, type Limits } from './readers/limits.js';
export { parseTimeframe, parseDate, noTimeframe, type DateContext } from './dates/index.js';
export { diffModels, parseAspects, DiffResult, DIFF_ASPECTS, type DiffAspect, type DiffOptions } from './diff/index.js';
export * as lint from './lint/index.js';
