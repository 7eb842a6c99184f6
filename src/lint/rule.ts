// The shape of a lint rule (ESLint's): metadata that documents it, messages by id, and a check that
// reports JSON paths into the model. Rules never see files or positions; `locate` maps paths to places.
import { ruleMessage, type Lang } from '../messages/index.js';
import type { Severity } from '../model/diagnostic.js';
import type { RoadmapModel, Roadmap, Span } from '../model/roadmap.js';

export type RuleCategory = 'document' | 'numbering' | 'items' | 'dates' | 'links';

export interface RuleMeta {
  /** The rule id, also its file name in src/lint/rules/. */
  id: string;
  category: RuleCategory;
  severity: Severity;
  /** One line for the rules table. */
  description: string;
  /** Templates by message id; `{name}` is filled from the report's data. */
  messages: Record<string, string>;
  /** Runs only when asked for (the overdue rule needs an as-of date). */
  needsAsOf?: boolean;
  /** The parser's diagnostic code this rule owns, when the parser notices the same thing: runner.ts reports the two as one finding (parser-codes.ts lists the codes). */
  parserCode?: string;
}

export type PathSegment = string | number;

export interface Report {
  path: PathSegment[];
  messageId: string;
  data?: Record<string, string | number>;
}

export interface RuleContext {
  /** The day items are checked against for being overdue (ISO), or null. */
  asOf: string | null;
  /** The plan's period for a roadmap: its own, else the configured plan year's, else null. */
  planPeriod(roadmap: Roadmap): Span | null;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(model: RoadmapModel, context: RuleContext): void;
}

/** The message of a report: its template (the rule's English, or the catalogue's Russian) with `{name}` filled in. */
export function formatMessage(meta: RuleMeta, report: Report, lang: Lang = 'en'): string {
  return ruleMessage(meta.id, meta.messages, report.messageId, report.data, lang);
}
