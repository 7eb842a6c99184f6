import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/roadmap.js';
import { itemSpan, itemStatus, reportedDone } from '../../src/item-status/item-status.js';

const item = (periods: Item['timeframe']['periods'], report: string | null = null): Item => ({
  number: '1',
  section: null,
  activity: 'a',
  timeframe: { text: 'x', kind: periods.length ? 'range' : 'none', periods, recurrence: null },
  responsible: [],
  result: null,
  indicator: null,
  info: null,
  report,
  links: [],
  extra: {},
});

describe('reported done', () => {
  it.each([
    ['Выполнено', true],
    ['выполнено в полном объеме', true],
    ['Проведено 3 семинара', true],
    ['+', true],
    ['Не выполнено', false],
    ['перенесено на 2023 год', false],
    ['в процессе', false],
    ['Частично выполнено', false],
    ['Справка', null],
    ['', null],
    [null, null],
  ])('«%s» -> %s', (text, expected) => {
    expect(reportedDone(text)).toBe(expected);
  });
});

describe('status on a day', () => {
  const march = [{ start: '2022-03-01', end: '2022-03-31', precision: 'month' as const }];
  it.each([
    [march, null, '2022-02-15', 'upcoming'],
    [march, null, '2022-03-15', 'ongoing'],
    [march, null, '2022-04-01', 'overdue'],
    [march, 'Выполнено', '2022-04-01', 'done'],
    [[{ start: null, end: '2022-09-01', precision: 'day' as const }], null, '2022-08-31', 'ongoing'],
    [[], null, '2022-08-31', 'undated'],
  ])('%j report %s on %s -> %s', (periods, report, asOf, expected) => {
    expect(itemStatus(item(periods, report), asOf)).toBe(expected);
  });

  it('spans several periods from the earliest start to the latest end', () => {
    expect(
      itemSpan(item([
        { start: '2022-09-15', end: '2022-12-22', precision: 'day' },
        { start: '2022-02-10', end: '2022-06-23', precision: 'day' },
      ])),
    ).toEqual({ start: '2022-02-10', end: '2022-12-22' });
  });
});
