// Repeating timeframes: the span they repeat in (the stated bounds, an open start to the plan year's end, else the plan
// year; or the named occurrences), and how they repeat in `recurrence`.
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/model/timeframe.js';
import { by, read, span } from './read.js';

const YEAR = span('2022-01-01', '2022-12-31', 'year');

const rows: Array<[text: string, periods: Period[], recurrence: string]> = [
  ['ежемесячно', [YEAR], 'monthly'],
  ['Еженедельно', [YEAR], 'weekly'],
  ['ежеквартально', [YEAR], 'quarterly'],
  ['ежегодно', [YEAR], 'yearly'],
  ['ежедневно', [YEAR], 'daily'],
  ['каждые 2 недели', [YEAR], 'every 2 weeks'],
  ['1 раз в месяц', [YEAR], 'monthly'],
  ['1 раз в квартал', [YEAR], 'quarterly'],
  ['2 раза в год', [YEAR], 'twice a year'],
  ['1 раз в полугодие', [YEAR], 'twice a year (once per half-year)'],
  ['не реже 1 раза в четверть', [YEAR], 'at least once a school term'],
  ['раз в два месяца', [YEAR], 'once every 2 months'],
  ['по пятницам', [YEAR], 'weekly, Friday'],
  ['еженедельно, по пятницам', [YEAR], 'weekly, Friday'],
  ['по вторникам и четвергам', [YEAR], 'weekly, Tuesday and Thursday'],
  ['каждую среду', [YEAR], 'weekly, Wednesday'],
  ['последняя пятница месяца', [YEAR], 'last Friday of each month'],
  ['ежемесячно, до 5 числа', [YEAR], 'monthly, by the 5th'],
  ['до 20 числа каждого месяца', [YEAR], 'monthly, by the 20th'],
  ['до 25 числа', [YEAR], 'monthly, by the 25th'],
  ['ежеквартально, до 10 числа', [YEAR], 'quarterly, by the 10th'],
  ['до 1 числа месяца, следующего за отчетным', [YEAR], 'monthly, by the 1st of the following month'],
  ['в конце каждого месяца', [YEAR], 'monthly, at the end of the month'],
  ['до конца каждого месяца', [YEAR], 'monthly, by the end of the month'],
  ['Еженедельно по графику', [YEAR], 'weekly (per schedule)'],
  ['Ежеквартально по графику ИРО', [YEAR], 'quarterly (per IRO schedule)'],
  ['С марта 2022 г. 2-й и 4-й понедельник', [span('2022-03-01', '2022-12-31', 'month')], '2nd and 4th Monday of each month'],
  ['С апреля 2022 г. 1-й и 3-й понедельник', [span('2022-04-01', '2022-12-31', 'month')], '1st and 3rd Monday of each month'],
  ['С апреля ежеквартально', [span('2022-04-01', '2022-12-31', 'month')], 'quarterly'],
  ['С марта 2022 г. ежемесячно', [span('2022-03-01', '2022-12-31', 'month')], 'monthly'],
  ['Сентябрь, далее – ежемесячно', [span('2022-09-01', '2022-12-31', 'month')], 'monthly from September'],
  ['Сентябрь 2022 – май 2023 (по четвергам)', [span('2022-09-01', '2023-05-31', 'month')], 'weekly, Thursday'],
  [
    '2 раза в год (июнь, декабрь)',
    [span('2022-06-01', '2022-06-30', 'month'), span('2022-12-01', '2022-12-31', 'month')],
    'twice a year',
  ],
  ['ежегодно в мае', [span('2022-05-01', '2022-05-31', 'month')], 'yearly, in May'],
  ['Ежегодно до 1 октября', [by('2022-10-01')], 'yearly, by 1 October'],
];

describe('recurrence', () => {
  it.each(rows)('%s', (text, periods, recurrence) => {
    const t = read(text);
    expect(t.kind).toBe('recurring');
    expect(t.periods).toEqual(periods);
    expect(t.recurrence).toBe(recurrence);
  });

  it('repeats over the plan period when the plan states one', () => {
    const t = read('ежемесячно', { year: 2022, docDate: '2022-08-30', planPeriod: { start: '2022-09-01', end: '2023-05-31' } });
    expect(t.periods).toEqual([span('2022-09-01', '2023-05-31', 'month')]);
  });
});

const THREE_YEARS = { year: 2025, docDate: '2024-12-20', planPeriod: { start: '2025-01-01', end: '2027-12-31' } };
const SCHOOL_YEAR = { year: 2022, docDate: '2022-08-30', planPeriod: { start: '2022-09-01', end: '2023-05-31' } };

describe('yearly occurrences in a plan over several years (MODEL.md: recurring)', () => {
  it.each([
    ['ежегодно, до 15 октября', THREE_YEARS, [by('2025-10-15'), by('2026-10-15'), by('2027-10-15')], 'yearly, by 15 October'],
    [
      'ежегодно, в мае и ноябре',
      THREE_YEARS,
      [2025, 2026, 2027].flatMap((y) => [span(`${y}-05-01`, `${y}-05-31`, 'month'), span(`${y}-11-01`, `${y}-11-30`, 'month')]),
      'yearly, in May and November',
    ],
    // a year written down is that year only
    ['ежегодно, до 15 октября 2026 г.', THREE_YEARS, [by('2026-10-15')], 'yearly, by 15 October'],
    // a school year crosses one New Year: only the occurrence inside the plan stays
    ['ежегодно, в декабре', SCHOOL_YEAR, [span('2022-12-01', '2022-12-31', 'month')], 'yearly, in December'],
  ] as const)('%s', (text, ctx, periods, recurrence) => {
    const t = read(text, ctx);
    expect(t.kind).toBe('recurring');
    expect(t.periods).toEqual(periods);
    expect(t.recurrence).toBe(recurrence);
  });
});
