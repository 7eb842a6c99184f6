// Deadlines by a date («до», «не позднее», «в срок до», «к», «до конца …») and relative to the act or to an event.
import { describe, expect, it } from 'vitest';
import { by, codes, read, type Row } from './read.js';

const deadlines: Row[] = [
  ['Не позднее 16.02.2022', 'deadline', [by('2022-02-16')]],
  ['До 1 сентября 2022 г.', 'deadline', [by('2022-09-01')]],
  ['До 01 сентября 2022 года', 'deadline', [by('2022-09-01')]],
  ['в срок до 01.03.2023', 'deadline', [by('2023-03-01')]],
  ['в срок до 10 ноября 2022 г.', 'deadline', [by('2022-11-10')]],
  ['не позднее 20 февраля 2022 года', 'deadline', [by('2022-02-20')]],
  ['до 15 мая', 'deadline', [by('2022-05-15')]],
  ['до 31 декабря', 'deadline', [by('2022-12-31')]],
  ['до 01.10.22', 'deadline', [by('2022-10-01')]],
  ['до 20.02', 'deadline', [by('2022-02-20')]],
  ['к 1 сентября', 'deadline', [by('2022-09-01')]],
  ['по 31 декабря 2022 г.', 'deadline', [by('2022-12-31')]],
  ['До 16.12. 2021 г.', 'deadline', [by('2021-12-16')]],
  ['до 15.01.2023 (отчет)', 'deadline', [by('2023-01-15')]],
  // «до конца …» ends on the last day of what it names
  ['до конца октября 2022 г.', 'deadline', [by('2022-10-31')]],
  ['до конца 2022 года', 'deadline', [by('2022-12-31')]],
  ['до конца года', 'deadline', [by('2022-12-31')]],
  ['до конца I квартала 2022 г.', 'deadline', [by('2022-03-31')]],
  ['до конца месяца', 'deadline', [by('2022-02-28')]],
];

const relative: Row[] = [
  ['в течение 10 дней со дня подписания приказа', 'deadline', [by('2022-02-26')]],
  ['в течение 10 календарных дней с момента издания приказа', 'deadline', [by('2022-02-26')]],
  ['в 2-недельный срок', 'deadline', [by('2022-03-02')]],
  ['в двухнедельный срок', 'deadline', [by('2022-03-02')]],
  ['в течение двух недель', 'deadline', [by('2022-03-02')]],
  ['через 2 недели после подписания приказа', 'deadline', [by('2022-03-02')]],
  ['в течение 1 месяца после утверждения', 'deadline', [by('2022-03-16')]],
  // counted from an undated event, they are deadlines that name no day (MODEL.md): never a guessed date
  ['в течение 5 дней после проведения совещания', 'deadline', []],
  ['в течение 3 дней после проведения мероприятия', 'deadline', []],
  ['в течение 10 дней после проведения мероприятия', 'deadline', []],
  ['не позднее 5 рабочих дней после проведения', 'deadline', []],
  ['не позднее 3 рабочих дней после заседания комиссии', 'deadline', []],
  ['за 10 дней до начала мониторинга', 'deadline', []],
  ['в течение 5 дней по окончании мероприятия', 'deadline', []],
  ['в течение 10 дней после утверждения результатов', 'deadline', []],
  ['в 3-дневный срок после получения запроса', 'deadline', []],
  ['в течение месяца после завершения проверки', 'deadline', []],
  // a schedule named beside the event wins: the day comes from that schedule
  ['по графику, в течение 5 дней после проведения', 'per_schedule', []],
];

describe('deadlines', () => {
  it.each(deadlines)('%s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });

  it('reads «до конца учебного года» as 31 May of the school year holding the act', () => {
    expect(read('до конца учебного года', { year: 2022, docDate: '2022-10-03' }).periods).toEqual([by('2023-05-31')]);
    expect(read('до конца учебного года', { year: 2022, docDate: '2022-02-28' }).periods).toEqual([by('2022-05-31')]);
  });
});

describe('relative deadlines', () => {
  it.each(relative)('%s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });

  it('adds a month to the act date: «в течение месяца с момента утверждения плана»', () => {
    const t = read('в течение месяца с момента утверждения плана', { year: 2022, docDate: '2022-04-11' });
    expect(t.kind).toBe('deadline');
    expect(t.periods).toEqual([by('2022-05-11')]);
  });

  it('clamps a month added to the 31st: 31 January + 1 month is 28 February', () => {
    expect(read('в месячный срок', { year: 2022, docDate: '2022-01-31' }).periods).toEqual([by('2022-02-28')]);
  });

  it('counts working days as calendar days, and says so', () => {
    const text = 'не позднее 5 рабочих дней со дня подписания приказа';
    expect(read(text).periods).toEqual([by('2022-02-21')]);
    expect(codes(text)).toContain('timeframe-working-days');
  });

  it('is a deadline naming no day when the act date is unknown', () => {
    const text = 'в течение 10 дней со дня подписания приказа';
    expect(read(text, { year: 2022 })).toMatchObject({ kind: 'deadline', periods: [] });
    expect(codes(text, { year: 2022 })).toContain('timeframe-no-reference');
  });
});
