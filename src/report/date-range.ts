// A model given to `report` may come from anywhere and hold any year («0001-01-01», «9999-12-31», a
// period of ten thousand years). The parser never reads such a year as a date (docs/MODEL.md:
// 1900–2100); the report treats a model's out-of-range dates the same way — the item is undated, the
// plan has no period — so that no timeline, status or calendar is built over millennia.
import { isIsoDay, isYearInRange, isoYear } from '../dates/calendar.js';
import type { Roadmap, Timeframe } from '../model/index.js';

function inRange(iso: string | null): boolean {
  return iso === null || (isIsoDay(iso) && isYearInRange(isoYear(iso)));
}

function datedTimeframe(t: Timeframe): Timeframe {
  if (t.periods.every((p) => inRange(p.start) && inRange(p.end))) return t;
  return { text: t.text, kind: 'none', periods: [], recurrence: null };
}

/** The roadmap with every period outside the years of dates taken out (the same object when there is none). */
export function datedRoadmap(r: Roadmap): Roadmap {
  const periodOk = r.period === null || (inRange(r.period.start) && inRange(r.period.end));
  let changed = !periodOk;
  const items = r.items.map((item) => {
    const timeframe = datedTimeframe(item.timeframe);
    if (timeframe === item.timeframe) return item;
    changed = true;
    return { ...item, timeframe };
  });
  return changed ? { ...r, period: periodOk ? r.period : null, items } : r;
}
