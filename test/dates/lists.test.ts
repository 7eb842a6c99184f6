// Several periods in one cell: comma lists of months and days, merged sub-items, repeated items.
import { describe, expect, it } from 'vitest';
import { day, read, span, type Row } from './read.js';

const rows: Row[] = [
  ['Май, октябрь 2022 г.', 'multi', [span('2022-05-01', '2022-05-31', 'month'), span('2022-10-01', '2022-10-31', 'month')]],
  // adjacent months stay separate
  ['Август, сентябрь', 'multi', [span('2022-08-01', '2022-08-31', 'month'), span('2022-09-01', '2022-09-30', 'month')]],
  [
    'Март, июнь, сентябрь, декабрь 2022 г.',
    'multi',
    [
      span('2022-03-01', '2022-03-31', 'month'),
      span('2022-06-01', '2022-06-30', 'month'),
      span('2022-09-01', '2022-09-30', 'month'),
      span('2022-12-01', '2022-12-31', 'month'),
    ],
  ],
  ['Май 2022 г., декабрь 2022 г.', 'multi', [span('2022-05-01', '2022-05-31', 'month'), span('2022-12-01', '2022-12-31', 'month')]],
  ['Март-май, август – ноябрь 2022 г.', 'multi', [span('2022-03-01', '2022-05-31', 'month'), span('2022-08-01', '2022-11-30', 'month')]],
  ['февраль-март; октябрь-ноябрь 2022', 'multi', [span('2022-02-01', '2022-03-31', 'month'), span('2022-10-01', '2022-11-30', 'month')]],
  ['5, 12, 19, 26 октября', 'multi', [day('2022-10-05'), day('2022-10-12'), day('2022-10-19'), day('2022-10-26')]],
  ['10 и 24 марта 2022 г.', 'multi', [day('2022-03-10'), day('2022-03-24')]],
  ['15 марта, 20 апреля 2022 г.', 'multi', [day('2022-03-15'), day('2022-04-20')]],
  [
    '10.02.2022-23.06.2022 15.09.2022-22.12.2022',
    'multi',
    [span('2022-02-10', '2022-06-23', 'day'), span('2022-09-15', '2022-12-22', 'day')],
  ],
  [
    'По срокам: 29.04.2022 г. 20.06.2022 г. 15.11.2022 г.',
    'multi',
    [day('2022-04-29'), day('2022-06-20'), day('2022-11-15')],
  ],
  ['Март – декабрь 2022 года 12.03.2022', 'multi', [span('2022-03-01', '2022-12-31', 'month'), day('2022-03-12')]],
  ['Февраль - март 2022 года 2022-2024 г.г.', 'multi', [span('2022-02-01', '2022-03-31', 'month'), span('2022-01-01', '2024-12-31', 'year')]],
  // the same item twice is one period
  ['Апрель 2022 г. апрель 2022 г.', 'range', [span('2022-04-01', '2022-04-30', 'month')]],
];

describe('lists and merged cells', () => {
  it.each(rows)('%s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });

  it('keeps a schedule named between the dates as the recurrence', () => {
    const t = read(
      '28.03.2022 По плану работы школьных и районных методических объединений (март – август 2022 года, сентябрь 2022 года – май 2023 года)',
    );
    expect(t.kind).toBe('multi');
    expect(t.periods).toEqual([
      day('2022-03-28'),
      span('2022-03-01', '2022-08-31', 'month'),
      span('2022-09-01', '2023-05-31', 'month'),
    ]);
    expect(t.recurrence).toMatch(/plan/);
  });
});
