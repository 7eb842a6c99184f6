// The Russian timeframe parser: a roadmap's deadline cell → `timeframe` (kind, periods with precision, recurrence).
//
// It has chrono-node's shape: form parsers (parsers/, each a pattern and an extract, listed in configuration.ts),
// then refiners (refiners/) that drop overlaps, read misspelt months, merge ranges, mark deadlines and open starts,
// and give every unit its year. It does not run chrono-node, and that is a measured decision. Side by side on
// fixtures/dates/cases.jsonl (src/bench/dates.ts), chrono-node's ru locale gets 78 of 223 cases right (35%) at about
// 24k phrases/s; this parser gets 223 at about 75k/s. Even among the cases chrono can read it falls short. It gets 23
// of 27 single dates (no OCR digits, no «15-го мая») and 40 of 111 ranges. Its range refiner joins neither
// «Апрель-май 2022 г.» nor «17.01.2022 – 04.02.2022». It gives a yearless month the year nearest the reference day,
// while the plan year is wanted. It leaves a month's day implied, so the month has to be widened again. It reads none
// of the deadlines, quarters, half-years, school years, decades, repetitions, schedules or vague kinds. Feeding its
// results into ours would add a second pass and a package load and fix nothing that the rules here do not already
// do. So what we take is its design: parsers and refiners, stated versus implied components (`Unit.stated`), the
// "text between" test that joins a range (merge-range.ts), overlap removal, and word edges on \p{L}.
// src/bench/chrono-baseline.ts wraps chrono-node for the benchmark only; nothing here imports it.
// types only from the model: zod stays unloaded on the way to a timeframe (`roadmap dates` starts in a third of the time)
import type { Timeframe } from '../model/timeframe.js';
import { classify } from './classify.js';
import { PARSERS, REFINERS } from './configuration.js';
import { resolveContext, type DateContext } from './context.js';
import { diagnostics as diagnosticsOf, type TimeframeDiagnostic } from './diagnostics.js';
import { yearOutOfRange } from './stated-year.js';
import { prepareText } from './parse-text.js';
import { runParsers } from './parser.js';
import { resolveOverlaps } from './refiners/overlap.js';

export type { DateContext } from './context.js';
export type { TimeframeDiagnostic } from './diagnostics.js';
export { parseDate } from './parse-date.js';
export { findDates, findDate, withoutDates, type FoundDate } from './find-dates.js';

/** A timeframe for a cell that states nothing readable. */
export function noTimeframe(text: string | null): Timeframe {
  return { text, kind: 'none', periods: [], recurrence: null };
}

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
  // «Апрель 0001 г.» must not become April of the plan year: the cell is left unread, and why is said
  const outside = yearOutOfRange(t.lower);
  if (outside !== null) return { timeframe: noTimeframe(t.collapsed), diagnostics: [diagnosticsOf.yearOutOfRange(t.collapsed, outside)] };
  const context = resolveContext(ctx);
  let mentions = resolveOverlaps(runParsers(PARSERS, t), t);
  for (const refine of REFINERS) mentions = refine(mentions, t, context, diagnostics);
  const reading = classify(mentions, t, context, diagnostics);
  return { timeframe: { text: t.collapsed, ...reading }, diagnostics };
}
