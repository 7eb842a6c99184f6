// The context a phrase is read in (the plan year, the act's date, the plan's span, the previous row's start) and
// the choices that follow from it: a yearless unit's year, the envelope of an open or unbounded timeframe, the school year.
import type { Period, Precision } from '../model/timeframe.js';
import { daysInMonth, isIsoDay, isoDate, isoDay, isoMonth, isoYear } from './calendar.js';
import type { Unit } from './unit.js';

export interface DateContext {
  /** The plan year (from the roadmap title, else the act's date). */
  year?: number | null;
  /** The act's date, ISO. */
  docDate?: string | null;
  /** The plan's own span (may cover several years). */
  planPeriod?: { start: string; end: string } | null;
  /** ISO: the start of the previous row's timeframe, to place a yearless phrase of a multi-year plan in row order. */
  after?: string | null;
}

export interface Context {
  readonly year: number | null;
  readonly docDate: string | null;
  readonly planStart: string | null;
  readonly planEnd: string | null;
  readonly after: string | null;
  /** The plan's span crosses a New Year, so a yearless unit has more than one candidate year. */
  readonly multiYear: boolean;
}

export function resolveContext(ctx: DateContext | undefined): Context {
  const docDate = isIsoDay(ctx?.docDate) ? ctx!.docDate! : null;
  const plan = ctx?.planPeriod;
  const planOk = !!plan && isIsoDay(plan.start) && isIsoDay(plan.end) && plan.start <= plan.end;
  const planStart = planOk ? plan!.start : null;
  const planEnd = planOk ? plan!.end : null;
  const year =
    typeof ctx?.year === 'number' && Number.isInteger(ctx.year)
      ? ctx.year
      : docDate
        ? isoYear(docDate)
        : planStart
          ? isoYear(planStart)
          : null;
  return {
    year,
    docDate,
    planStart,
    planEnd,
    after: isIsoDay(ctx?.after) ? ctx!.after! : null,
    multiYear: planStart !== null && planEnd !== null && isoYear(planEnd) > isoYear(planStart),
  };
}

function startIn(u: Unit, year: number): string {
  return isoDay(year + u.offset, u.sm, u.sd);
}

function endIn(u: Unit, year: number): string {
  return isoDay(year + u.offset + u.span, u.em, u.ed);
}

/**
 * The year of a unit written without one: in a plan spanning several years, the first year that places it inside the
 * plan and not before the previous row (`after`); otherwise the plan year.
 */
export function yearFor(ctx: Context, u: Unit): number | null {
  if (ctx.multiYear) {
    const first = isoYear(ctx.planStart!) - u.offset;
    const last = isoYear(ctx.planEnd!) - u.offset;
    let inside: number | null = null;
    for (let y = first; y <= last; y++) {
      if (startIn(u, y) < ctx.planStart! || endIn(u, y) > ctx.planEnd!) continue;
      if (inside === null) inside = y;
      if (!ctx.after || endIn(u, y) >= ctx.after) return y;
    }
    if (inside !== null) return inside;
  }
  return ctx.year;
}

/** The year in which the school year holding the act's date starts (June-August count toward the coming one). */
export function schoolStartYear(ctx: Context): number | null {
  const ref = ctx.docDate ?? ctx.planStart ?? (ctx.year !== null ? `${ctx.year}-01-01` : null);
  if (!ref) return null;
  return isoMonth(ref) >= 6 ? isoYear(ref) : isoYear(ref) - 1;
}

/** Fill a unit anchored to the act («до конца месяца»): the act's month, quarter or half-year. */
export function fillFromDocDate(ctx: Context, u: Unit): boolean {
  if (!ctx.docDate) return false;
  const month = isoMonth(ctx.docDate);
  const months = u.precision === 'month' ? 1 : u.precision === 'quarter' ? 3 : 6;
  const first = Math.floor((month - 1) / months) * months + 1;
  u.year = isoYear(ctx.docDate);
  u.sm = first;
  u.sd = 1;
  u.em = first + months - 1;
  u.ed = 0;
  return true;
}

/** How precise a span of whole days is: whole years, whole months, or days. */
export function precisionOfSpan(start: string, end: string): Precision {
  const wholeMonths = isoDate(start) === 1 && isoDate(end) === daysInMonth(isoYear(end), isoMonth(end));
  if (!wholeMonths) return 'day';
  return isoMonth(start) === 1 && isoMonth(end) === 12 ? 'year' : 'month';
}

/** The span an unbounded timeframe covers («В течение года», «ежемесячно»): the plan period, else the plan year. */
export function planEnvelope(ctx: Context): Period | null {
  if (ctx.planStart && ctx.planEnd) {
    return { start: ctx.planStart, end: ctx.planEnd, precision: precisionOfSpan(ctx.planStart, ctx.planEnd) };
  }
  if (ctx.year === null) return null;
  return { start: `${ctx.year}-01-01`, end: `${ctx.year}-12-31`, precision: 'year' };
}

/** Where an open start («с 15.11.2022», «С апреля …») ends: the end of the plan period, else of the plan year. */
export function openEnd(ctx: Context, start: string): string {
  if (ctx.planEnd && ctx.planEnd >= start) return ctx.planEnd;
  const y = Math.max(ctx.year ?? isoYear(start), isoYear(start));
  return `${y}-12-31`;
}
