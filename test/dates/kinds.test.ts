// Timeframes with no date of their own: throughout (ongoing), on request, per someone else's schedule.
import { describe, expect, it } from 'vitest';
import { read, span, type Row } from './read.js';

const YEAR = span('2022-01-01', '2022-12-31', 'year');

const rows: Row[] = [
  ['В течение года', 'ongoing', [YEAR]],
  ['постоянно', 'ongoing', [YEAR]],
  ['В ходе реализации проекта', 'ongoing', [YEAR]],
  ['В течение всего периода', 'ongoing', [YEAR]],
  ['В течение срока реализации проекта', 'ongoing', [YEAR]],
  ['На протяжении всего года', 'ongoing', [YEAR]],
  ['Весь период', 'ongoing', [YEAR]],
  ['В течение 2022 г.', 'ongoing', [YEAR]],
  ['В течение периода реализации проекта (2022 г.)', 'ongoing', [YEAR]],
  ['в течение мая', 'ongoing', [span('2022-05-01', '2022-05-31', 'month')]],
  ['в течение II квартала', 'ongoing', [span('2022-04-01', '2022-06-30', 'quarter')]],
  ['в течение второго полугодия', 'ongoing', [span('2022-07-01', '2022-12-31', 'half')]],
  ['в течение 2022-2023 учебного года', 'ongoing', [span('2022-09-01', '2023-05-31', 'month')]],
  ['По запросу ОО', 'on_request', []],
  ['по мере необходимости', 'on_request', []],
  ['по заявкам ОО', 'on_request', []],
  ['по мере поступления запросов', 'on_request', []],
  ['По графику ФИОКО', 'per_schedule', []],
  ['По графику', 'per_schedule', []],
  ['По отдельному графику', 'per_schedule', []],
  ['Согласно дорожной карте по реализации процедур МСОКО', 'per_schedule', []],
  ['По плану ИРО', 'per_schedule', []],
  ['План работы ММС', 'per_schedule', []],
  ['В сроки, установленные Рособрнадзором', 'per_schedule', []],
  ['в установленные сроки', 'per_schedule', []],
  ['В соответствии с графиком размещения документов', 'per_schedule', []],
];

describe('kinds without a date of their own', () => {
  it.each(rows)('%s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });

  it('lets a stated period win over a schedule, which goes to recurrence', () => {
    expect(read('В течение года по специальному графику')).toEqual({
      text: 'В течение года по специальному графику',
      kind: 'ongoing',
      periods: [YEAR],
      recurrence: 'per special schedule',
    });
    const t = read('В течение учебного года, по графику курсовых мероприятий', { year: 2022, docDate: '2022-02-28' });
    expect(t.kind).toBe('ongoing');
    expect(t.periods).toEqual([span('2021-09-01', '2022-05-31', 'month')]);
    expect(t.recurrence).toBe('per course schedule');
  });

  it('gives per_schedule no recurrence', () => {
    expect(read('По графику ФИОКО').recurrence).toBeNull();
  });
});
