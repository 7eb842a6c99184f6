// Whether an item's timeframe changed, judged by what it means (kind, periods, recurrence) rather
// than by the cell's spelling, and by how many days it moved.
import type { Period, Timeframe } from '../model/index.js';
import type { DayShift, TimeframeChange } from './diff-result.js';
import { wordingKey } from './wording.js';

export function timeframeChange(a: Timeframe, b: Timeframe): TimeframeChange | null {
  if (sameTimeframe(a, b)) return null;
  return { field: 'timeframe', a, b, shift: dayShift(a.periods, b.periods) };
}

function sameTimeframe(a: Timeframe, b: Timeframe): boolean {
  if (a.kind !== b.kind) return false;
  if ((a.recurrence ?? '') !== (b.recurrence ?? '')) return false;
  if (a.periods.length !== b.periods.length) return false;
  if (!a.periods.every((p, i) => samePeriod(p, b.periods[i]!))) return false;
  // with no dates to compare («По графику ФИОКО» / «По плану ИРО»), the wording is all there is
  return a.periods.length > 0 || wordingKey(a.text) === wordingKey(b.text);
}

function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.end === b.end;
}

/** How far the whole span moved: its latest end, and its earliest start when both sides have one. */
export function dayShift(a: readonly Period[], b: readonly Period[]): DayShift | null {
  if (a.length === 0 || b.length === 0) return null;
  const start = (ps: readonly Period[]) => (ps.some((p) => p.start === null) ? null : ps.map((p) => p.start!).reduce(min));
  const end = (ps: readonly Period[]) => ps.map((p) => p.end).reduce(max);
  const sa = start(a);
  const sb = start(b);
  return { start: sa && sb ? daysBetween(sa, sb) : null, end: daysBetween(end(a), end(b)) };
}

/** Days from ISO date x to ISO date y (negative when y is earlier). */
export function daysBetween(x: string, y: string): number {
  return Math.round((Date.parse(`${y}T00:00:00Z`) - Date.parse(`${x}T00:00:00Z`)) / 86_400_000);
}

const min = (x: string, y: string) => (x < y ? x : y);
const max = (x: string, y: string) => (x > y ? x : y);
