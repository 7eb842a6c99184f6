// The Russian timeframe parser: a roadmap's deadline cell → `timeframe` (kind, periods with precision, recurrence).
//
// (decision about chrono-node: see below, filled in after measuring)
import { noTimeframe, type Timeframe } from '../model/timeframe.js';
import { classify } from './classify.js';
import { PARSERS, REFINERS } from './configuration.js';
import { resolveContext, type DateContext } from './context.js';
import type { TimeframeDiagnostic } from './diagnostics.js';
import { prepareText } from './parse-text.js';
import { runParsers } from './parser.js';
import { resolveOverlaps } from './refiners/overlap.js';

export type { DateContext } from './context.js';
export type { TimeframeDiagnostic } from './diagnostics.js';
export { parseDate } from './parse-date.js';

export interface TimeframeReading {
  timeframe: Timeframe;
  diagnostics: TimeframeDiagnostic[];
}

/**
 * Read a timeframe cell. `ctx` gives what a phrase may leave unsaid: the plan year, the act's date, the plan's span,
 * and the previous row's start. A phrase that cannot be read gives kind `none` with a diagnostic, never a guessed date.
 */
export function parseTimeframe(text: string, ctx?: DateContext): TimeframeReading {
  const t = prepareText(typeof text === 'string' ? text : '');
  if (t.collapsed === '') return { timeframe: noTimeframe(null), diagnostics: [] };
  const diagnostics: TimeframeDiagnostic[] = [];
  if (t.lower === '') return { timeframe: noTimeframe(t.collapsed), diagnostics };
  const context = resolveContext(ctx);
  let mentions = resolveOverlaps(runParsers(PARSERS, t), t);
  for (const refine of REFINERS) mentions = refine(mentions, t, context, diagnostics);
  const reading = classify(mentions, t, context, diagnostics);
  return { timeframe: { text: t.collapsed, ...reading }, diagnostics };
}
