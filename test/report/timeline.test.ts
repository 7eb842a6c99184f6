// The plan's months: the window, what each item does in a month, the month loads, and due-soon.
import { describe, expect, it } from 'vitest';
import type { Item, Period, Roadmap, TimeframeKind } from '../../src/model/index.js';
import { buildReport } from '../../src/report/build-report.js';
import type { ReportItem } from '../../src/report/report-model.js';
import { sourceLabels } from '../../src/report/source-labels.js';
import { isDueSoon } from '../../src/report/status-summary.js';
import { beyondWindow, buildTimeline, monthMark, monthsOf, planWindow } from '../../src/report/timeline.js';

const p = (start: string | null, end: string, precision: Period['precision'] = 'day'): Period => ({ start, end, precision });

function item(periods: Period[], kind: TimeframeKind = 'range', source = 'a'): ReportItem {
  return {
    source,
    roadmap: 0,
    section: null,
    sectionTitle: null,
    number: '1',
    activity: 'x',
    timeframe: { text: 'x', kind, periods, recurrence: null },
    span: null,
    responsible: [],
    parties: [],
    result: null,
    indicator: null,
    report: null,
    links: [],
    at: null,
  };
}

const roadmap = (period: Roadmap['period']): Roadmap => ({ title: null, period, columns: [], sections: [], items: [] });
const YEAR = { start: '2022-01-01', end: '2022-12-31' };

describe('the window', () => {
  it("is the union of the roadmaps' periods, in whole months", () => {
    expect(planWindow([roadmap({ start: '2022-01-10', end: '2022-06-15' }), roadmap({ start: '2022-03-01', end: '2022-08-02' })], [])).toEqual({
      start: '2022-01-01',
      end: '2022-08-31',
    });
  });

  it("falls back to the items' dates, and is null with none", () => {
    expect(planWindow([roadmap(null)], [item([p(null, '2022-02-16'), p('2022-04-05', '2022-05-01')])])).toEqual({ start: '2022-02-01', end: '2022-05-31' });
    expect(planWindow([roadmap(null)], [item([], 'on_request')])).toBeNull();
  });

  it('lists its months across a new year', () => {
    expect(monthsOf({ start: '2022-11-01', end: '2023-02-28' })).toEqual(['2022-11', '2022-12', '2023-01', '2023-02']);
  });
});

describe('an item in a month', () => {
  it('a date or a deadline is a point in its month only; a span runs; a repeat repeats', () => {
    const deadline = item([p(null, '2022-02-16')], 'deadline');
    expect(['2022-01', '2022-02', '2022-03'].map((m) => monthMark(deadline, m))).toEqual([null, 'point', null]);
    const range = item([p('2022-01-17', '2022-02-04')]);
    expect(['2022-01', '2022-02', '2022-03'].map((m) => monthMark(range, m))).toEqual(['span', 'span', null]);
    const repeat = item([p('2022-03-01', '2022-12-31', 'month')], 'recurring');
    expect(monthMark(repeat, '2022-02')).toBeNull();
    expect(monthMark(repeat, '2022-03')).toBe('repeat');
  });

  it('a point inside a span shows as the point', () => {
    const multi = item([p('2022-03-01', '2022-12-31', 'month'), p('2022-03-12', '2022-03-12')], 'multi');
    expect(monthMark(multi, '2022-03')).toBe('point');
    expect(monthMark(multi, '2022-04')).toBe('span');
  });

  it('knows dates before and after the window', () => {
    expect(beyondWindow(item([p('2021-12-01', '2022-01-31', 'month')]), YEAR)).toEqual({ before: true, after: false });
    expect(beyondWindow(item([p('2022-01-01', '2024-12-31', 'year')]), YEAR)).toEqual({ before: false, after: true });
  });
});

describe('month loads', () => {
  it('count items (not periods) active, starting and ending in each month; items wholly outside apart', () => {
    const tl = buildTimeline({ start: '2022-01-01', end: '2022-03-31' }, [
      item([p('2022-01-17', '2022-02-04')]),
      item([p('2022-02-10', '2022-02-10'), p('2022-02-20', '2022-02-21')], 'multi', 'b'),
      item([p(null, '2022-03-01')], 'deadline'),
      item([p('2021-12-01', '2022-01-31', 'month')]),
      item([p('2021-12-20', '2021-12-20')], 'date'),
      item([], 'on_request'),
    ]);
    expect(tl.months.map((m) => [m.month, m.active, m.starting, m.ending])).toEqual([
      ['2022-01', 2, 1, 1],
      ['2022-02', 2, 1, 2],
      ['2022-03', 1, 0, 1],
    ]);
    expect(tl.months[1]!.bySource).toEqual({ a: 1, b: 1 });
    expect(tl.outside).toBe(1);
  });
});

describe('due soon', () => {
  const model = (periods: Period[], report: string | null = null): Item => ({
    number: '1',
    section: null,
    activity: 'x',
    timeframe: { text: 'x', kind: 'range', periods, recurrence: null },
    responsible: [],
    result: null,
    indicator: null,
    info: null,
    report,
    links: [],
    extra: {},
  });

  it.each([
    [[p(null, '2022-07-15')], 'ongoing', true],
    [[p('2022-06-01', '2022-06-15')], 'ongoing', true],
    [[p('2022-06-01', '2022-07-16')], 'ongoing', false],
    [[p('2022-02-10', '2022-06-23'), p('2022-09-15', '2022-12-22')], 'ongoing', true],
    [[p('2022-07-01', '2022-07-10')], 'upcoming', true],
    [[p(null, '2022-07-15')], 'done', false],
  ] as const)('%j, %s, on 2022-06-15 within 30 days: %s', (periods, status, expected) => {
    expect(isDueSoon(model([...periods]), status, '2022-06-15', 30)).toBe(expected);
  });
});

describe('sources', () => {
  it('are named by file name, by path when two share one', () => {
    expect(sourceLabels(['plans/a/plan.docx', 'plans/b/plan.docx', 'x/other.txt'])).toEqual(['plans/a/plan.docx', 'plans/b/plan.docx', 'other.txt']);
  });

  it('an empty report has no timeline and no items', () => {
    const r = buildReport([], { asOf: '2022-06-15' });
    expect(r.timeline).toBeNull();
    expect(r.summary.items).toBe(0);
    expect(r.summary.status?.counts.ongoing).toBe(0);
  });
});
