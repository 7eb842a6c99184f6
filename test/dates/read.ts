// Test helpers: read a phrase in the usual context (plan year 2022, act of 16 Feb 2022) and write expected periods briefly.
import type { Period, Precision, Timeframe } from '../../src/model/timeframe.js';
import { parseTimeframe, type DateContext, type TimeframeDiagnostic } from '../../src/dates/index.js';

export const CTX: DateContext = { year: 2022, docDate: '2022-02-16' };

export function read(text: string, ctx: DateContext = CTX): Timeframe {
  return parseTimeframe(text, ctx).timeframe;
}

export function codes(text: string, ctx: DateContext = CTX): string[] {
  return parseTimeframe(text, ctx).diagnostics.map((d: TimeframeDiagnostic) => d.code);
}

/** One day. */
export function day(iso: string): Period {
  return { start: iso, end: iso, precision: 'day' };
}

/** A span first..last at a precision. */
export function span(start: string, end: string, precision: Precision): Period {
  return { start, end, precision };
}

/** A deadline: by the end of `end`. */
export function by(end: string): Period {
  return { start: null, end, precision: 'day' };
}

export type Row = [text: string, kind: Timeframe['kind'], periods: Period[]];
