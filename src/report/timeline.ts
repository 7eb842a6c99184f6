// The plan's months: the window a timeline covers, how loaded each month is, and what each item
// does in each month (runs, falls due, repeats) — for the Markdown grid and the SVG chart alike.
import { daysInMonth, isoMonth, isoYear } from '../dates/calendar.js';
import type { Period, Roadmap } from '../model/index.js';
import type { MonthLoad, ReportItem, Timeline } from './report-model.js';

export interface Window {
  start: string;
  end: string;
}

/**
 * The most months a timeline draws (twenty years): a plan's period longer than that (or several plans far
 * apart) is clipped to its first twenty years, and what lies after is «outside», an arrow at the edge.
 */
export const MAX_TIMELINE_MONTHS = 240;

/** The union of the roadmaps' periods; without any, the items' own dates. Whole months, at most MAX_TIMELINE_MONTHS. */
export function planWindow(roadmaps: readonly Roadmap[], items: readonly ReportItem[]): Window | null {
  const w = unionWindow(roadmaps, items);
  if (!w) return null;
  const lastMonth = (isoYear(w.start) * 12 + isoMonth(w.start) - 1) + MAX_TIMELINE_MONTHS - 1;
  const capped = `${Math.floor(lastMonth / 12)}-${String((lastMonth % 12) + 1).padStart(2, '0')}-01`;
  return w.end > capped ? { start: w.start, end: monthEnd(capped) } : w;
}

function unionWindow(roadmaps: readonly Roadmap[], items: readonly ReportItem[]): Window | null {
  let start: string | null = null;
  let end: string | null = null;
  const widen = (s: string | null, e: string) => {
    if (s !== null && (start === null || s < start)) start = s;
    if (end === null || e > end) end = e;
    if (s === null && (start === null || e < start)) start = e;
  };
  for (const r of roadmaps) if (r.period) widen(r.period.start, r.period.end);
  if (start === null) for (const it of items) for (const p of it.timeframe.periods) widen(p.start, p.end);
  if (start === null || end === null) return null;
  return { start: monthStart(start), end: monthEnd(end) };
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function monthEnd(iso: string): string {
  const d = daysInMonth(isoYear(iso), isoMonth(iso));
  return `${iso.slice(0, 7)}-${String(d).padStart(2, '0')}`;
}

/** YYYY-MM of every month of the window. */
export function monthsOf(window: Window): string[] {
  const out: string[] = [];
  let y = isoYear(window.start);
  let m = isoMonth(window.start);
  const last = window.end.slice(0, 7);
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, '0')}`;
    out.push(ym);
    if (ym >= last) break;
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** A period drawn as one day: a single date, or a deadline (its open start is not a span of work). */
export function isPoint(p: Period): boolean {
  return p.start === null || p.start === p.end;
}

/** What an item does in a month: a point (a date or a deadline), a run of days, a repeat, or nothing. */
export type MonthMark = 'point' | 'span' | 'repeat' | null;

export function monthMark(item: ReportItem, month: string): MonthMark {
  const first = `${month}-01`;
  const last = monthEnd(first);
  let mark: MonthMark = null;
  for (const p of item.timeframe.periods) {
    if (isPoint(p)) {
      if (p.end >= first && p.end <= last) return 'point';
      continue;
    }
    if (p.start! <= last && p.end >= first) mark = item.timeframe.kind === 'recurring' ? 'repeat' : 'span';
  }
  return mark;
}

/** Whether the item has dates before or after the window (drawn as arrows at its edges). */
export function beyondWindow(item: ReportItem, window: Window): { before: boolean; after: boolean } {
  let before = false;
  let after = false;
  for (const p of item.timeframe.periods) {
    const start = p.start ?? p.end;
    if (start < window.start) before = true;
    if (p.end > window.end) after = true;
  }
  return { before, after };
}

export function buildTimeline(window: Window, items: readonly ReportItem[]): Timeline {
  const months: MonthLoad[] = monthsOf(window).map((month) => ({ month, active: 0, starting: 0, ending: 0, bySource: {} }));
  const index = new Map(months.map((m, i) => [m.month, i]));
  let outside = 0;
  for (const item of items) {
    const periods = item.timeframe.periods;
    if (periods.length === 0) continue;
    const active = new Set<number>();
    const starting = new Set<number>();
    const ending = new Set<number>();
    let inside = false;
    for (const p of periods) {
      const from = p.start === null ? p.end : p.start;
      if (p.end < window.start || from > window.end) continue;
      inside = true;
      const a = index.get((from < window.start ? window.start : from).slice(0, 7))!;
      const b = index.get((p.end > window.end ? window.end : p.end).slice(0, 7))!;
      for (let i = a; i <= b; i++) active.add(i);
      if (p.start !== null && p.start >= window.start) starting.add(a);
      if (p.end <= window.end) ending.add(b);
    }
    if (!inside) {
      outside++;
      continue;
    }
    for (const i of active) {
      const m = months[i]!;
      m.active++;
      m.bySource[item.source] = (m.bySource[item.source] ?? 0) + 1;
    }
    for (const i of starting) months[i]!.starting++;
    for (const i of ending) months[i]!.ending++;
  }
  return { start: window.start, end: window.end, months, outside };
}
