// roadmap's linter: rules over the roadmap model, located findings, config and report formats.
export type { Finding, SourceLocation, Severity, Counts } from './finding.js';
export { countFindings } from './finding.js';
export type { Rule, RuleMeta, RuleContext, Report, RuleCategory } from './rule.js';
export { RULES, ruleById } from './registry.js';
export { PARSER_CODES } from './parser-codes.js';
export { lintModel, sortFindings, type LintOptions, type RuleSetting } from './runner.js';
export { lintFile, type FileResult, type FileFailure, type FileLintOptions } from './lint-file.js';
export { checkModelJson } from './schema-findings.js';
export { locate, type LocateContext } from './locate.js';
export { loadConfig, parseConfig, findConfig, defaultConfig, checkAsOf, ConfigError, CONFIG_NAMES, type LintConfig } from './config.js';
export { FORMATTERS, FORMAT_NAMES, type FormatName, type Formatter, type FormatContext } from './formatters/index.js';
