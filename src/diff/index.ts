// The diff of two roadmap models: the entry point, its result schema, and the formatters.
export { diffModels, type DiffOptions } from './diff-models.js';
export * from './diff-result.js';
export { parseAspects } from './focus.js';
