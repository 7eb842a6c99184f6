// A calendar unit as the text states it (a day, a month, a quarter, a half-year, a year, a decade, a school year),
// whose year may be written or left to be implied; resolving it gives its first and last ISO day.
import type { Precision } from '../model/timeframe.js';
import { isoDay } from './calendar.js';

/**
 * Where a yearless unit takes its year from: `plan` — the plan year (or its neighbours in the phrase);
 * `school` — the school year holding the act's date; `doc` — the act's own month, quarter or half-year.
 */
export type UnitAnchor = 'plan' | 'school' | 'doc';

export interface Unit {
  /** The base year: as written (`stated`) or, after year resolution, implied; null until then. */
  year: number | null;
  stated: boolean;
  /** Years from the base year to the unit's first day (1 for the spring half of a school year). */
  offset: number;
  sm: number;
  sd: number;
  /** Years from the first day's year to the last day's (1 for a school year, 2 for «2022-2024 гг.»). */
  span: number;
  em: number;
  /** The last day of `em`; 0 means the month's own last day. */
  ed: number;
  precision: Precision;
  anchor: UnitAnchor;
}

function unit(
  year: number | null,
  sm: number,
  sd: number,
  em: number,
  ed: number,
  precision: Precision,
  extra?: Partial<Unit>,
): Unit {
  return { year, stated: year !== null, offset: 0, sm, sd, span: 0, em, ed, precision, anchor: 'plan', ...extra };
}

export function dayUnit(day: number, month: number, year: number | null): Unit {
  return unit(year, month, day, month, day, 'day');
}

export function monthUnit(month: number, year: number | null): Unit {
  return unit(year, month, 1, month, 0, 'month');
}

/** Months first..last of one year at a given precision (a quarter, a half-year, a year). */
export function monthsUnit(first: number, last: number, year: number | null, precision: Precision): Unit {
  return unit(year, first, 1, last, 0, precision);
}

/** Days first..last of one month (a decade, a half of a month). */
export function daysUnit(month: number, first: number, last: number, year: number | null): Unit {
  return unit(year, month, first, month, last, 'day');
}

export function yearsUnit(first: number, last: number): Unit {
  return unit(first, 1, 1, 12, 0, 'year', { span: last - first });
}

/** The school year starting in September of `startYear` (null: the one holding the act's date). */
export function schoolYearUnit(startYear: number | null): Unit {
  return unit(startYear, 9, 1, 5, 31, 'month', { span: 1, anchor: startYear === null ? 'school' : 'plan' });
}

/** A school half-year: I = 1 Sep..31 Dec, II = 1 Jan..31 May of the following calendar year. */
export function schoolHalfUnit(half: 1 | 2, startYear: number | null): Unit {
  const anchor = startYear === null ? 'school' : 'plan';
  return half === 1
    ? unit(startYear, 9, 1, 12, 0, 'half', { anchor })
    : unit(startYear, 1, 1, 5, 31, 'half', { anchor, offset: 1 });
}

/** A month of a school year: September-December in its first calendar year, January-August in the next. */
export function schoolMonthUnit(month: number, startYear: number | null): Unit {
  return unit(startYear, month, 1, month, 0, 'month', {
    offset: month >= 9 ? 0 : 1,
    anchor: startYear === null ? 'school' : 'plan',
  });
}

/** The act's current month, quarter or half-year («до конца месяца»); filled in from the act's date. */
export function docPeriodUnit(months: 1 | 3 | 6): Unit {
  return unit(null, 1, 1, months, 0, months === 1 ? 'month' : months === 3 ? 'quarter' : 'half', { anchor: 'doc' });
}

/** The calendar year of the unit's first day (null while unresolved). */
export function startYearOf(u: Unit): number | null {
  return u.year === null ? null : u.year + u.offset;
}

export function unitStart(u: Unit): string {
  return isoDay(u.year! + u.offset, u.sm, u.sd);
}

export function unitEnd(u: Unit): string {
  return isoDay(u.year! + u.offset + u.span, u.em, u.ed);
}

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 1, quarter: 2, half: 3, year: 4 };

/** The finer of two precisions: a span from a day to a month end is known to the day. */
export function finerPrecision(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}
