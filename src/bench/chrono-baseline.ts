// chrono-node's Russian locale read as a timeframe — what chrono alone would give — for the benchmark that
// compares it with ours. A single date is a date, a start and an end a range, several results several periods;
// a component chrono only implies (the day of «Март 2022») widens the bound to the month or the year.
import * as chrono from 'chrono-node';
import type { Period, TimeframeKind } from '../model/timeframe.js';
import { isoDay } from '../dates/calendar.js';

export interface ChronoReading {
  kind: TimeframeKind;
  periods: Period[];
}

type Components = chrono.ParsedComponents;

function bound(c: Components, side: 'start' | 'end'): { iso: string; precision: Period['precision'] } {
  const year = c.get('year')!;
  if (c.isCertain('day')) return { iso: isoDay(year, c.get('month')!, c.get('day')!), precision: 'day' };
  if (c.isCertain('month')) {
    const month = c.get('month')!;
    return { iso: isoDay(year, month, side === 'start' ? 1 : 0), precision: 'month' };
  }
  return { iso: isoDay(year, side === 'start' ? 1 : 12, side === 'start' ? 1 : 0), precision: 'year' };
}

/** chrono-node (ru) on one phrase; `ref` is the reference day it resolves a missing year from. */
export function chronoTimeframe(text: string, ref: Date): ChronoReading {
  const results = chrono.ru.parse(text, ref);
  const periods: Period[] = results.map((r) => {
    const s = bound(r.start, 'start');
    const e = bound(r.end ?? r.start, 'end');
    return { start: s.iso, end: e.iso, precision: s.precision };
  });
  const kind: TimeframeKind =
    periods.length === 0 ? 'none' : periods.length > 1 ? 'multi' : periods[0]!.start === periods[0]!.end ? 'date' : 'range';
  return { kind, periods };
}
