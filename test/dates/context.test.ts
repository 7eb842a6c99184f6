// What the context decides: a yearless phrase's year (the plan year; in a multi-year plan, its place in the plan and
// after the previous row), the span of unbounded timeframes, and what happens with no year at all.
import { describe, expect, it } from 'vitest';
import { codes, read, span } from './read.js';

const SCHOOL_PLAN = { year: 2022, docDate: '2022-08-30', planPeriod: { start: '2022-09-01', end: '2023-05-31' } };
const THREE_YEARS = { year: 2022, docDate: '2022-02-16', planPeriod: { start: '2022-01-01', end: '2024-12-31' } };

describe('context', () => {
  it('places a yearless month inside a plan that spans New Year', () => {
    expect(read('сентябрь', SCHOOL_PLAN).periods).toEqual([span('2022-09-01', '2022-09-30', 'month')]);
    expect(read('март', SCHOOL_PLAN).periods).toEqual([span('2023-03-01', '2023-03-31', 'month')]);
    expect(read('Декабрь – январь', SCHOOL_PLAN).periods).toEqual([span('2022-12-01', '2023-01-31', 'month')]);
  });

  it('runs an open start to the end of the plan period', () => {
    expect(read('с апреля', SCHOOL_PLAN).periods).toEqual([span('2023-04-01', '2023-05-31', 'month')]);
  });

  it('takes the plan period for an unbounded timeframe', () => {
    expect(read('В течение года', SCHOOL_PLAN).periods).toEqual([span('2022-09-01', '2023-05-31', 'month')]);
    expect(read('В течение года', THREE_YEARS).periods).toEqual([span('2022-01-01', '2024-12-31', 'year')]);
  });

  it('follows the order of the rows in a multi-year plan', () => {
    expect(read('март', THREE_YEARS).periods).toEqual([span('2022-03-01', '2022-03-31', 'month')]);
    expect(read('март', { ...THREE_YEARS, after: '2022-06-01' }).periods).toEqual([span('2023-03-01', '2023-03-31', 'month')]);
    expect(read('март', { ...THREE_YEARS, after: '2023-06-01' }).periods).toEqual([span('2024-03-01', '2024-03-31', 'month')]);
  });

  it('falls back on the act date for the plan year', () => {
    expect(read('март', { docDate: '2023-01-20' }).periods).toEqual([span('2023-03-01', '2023-03-31', 'month')]);
  });

  it('prefers a stated plan year to the act date', () => {
    expect(read('март', { year: 2022, docDate: '2021-12-30' }).periods).toEqual([span('2022-03-01', '2022-03-31', 'month')]);
  });

  it('reads no date for a yearless phrase when nothing gives a year', () => {
    expect(read('март', {})).toMatchObject({ kind: 'none', periods: [] });
    expect(codes('март', {})).toContain('timeframe-year-unknown');
    expect(read('март 2022', {}).periods).toEqual([span('2022-03-01', '2022-03-31', 'month')]);
  });

  it('ignores a malformed context rather than trusting it', () => {
    expect(read('март', { year: 2022, docDate: '2022-13-45', after: 'yesterday' }).periods).toEqual([
      span('2022-03-01', '2022-03-31', 'month'),
    ]);
  });
});
