// Single calendar dates as cells write them.
import { describe, expect, it } from 'vitest';
import { day, read, type Row } from './read.js';

const rows: Row[] = [
  ['16.02.2022', 'date', [day('2022-02-16')]],
  ['16.02.22', 'date', [day('2022-02-16')]],
  ['16.12. 2021 г.', 'date', [day('2021-12-16')]],
  ['25 .05.2022', 'date', [day('2022-05-25')]],
  ['19.01.2022 года', 'date', [day('2022-01-19')]],
  ['03.03.2022 г.', 'date', [day('2022-03-03')]],
  ['18.01.2021г.', 'date', [day('2021-01-18')]],
  ['16/02/2022', 'date', [day('2022-02-16')]],
  ['2022-02-16', 'date', [day('2022-02-16')]],
  ['11 апреля 2022 года', 'date', [day('2022-04-11')]],
  ['28 ФЕВ 2022', 'date', [day('2022-02-28')]],
  ['«28» февраля 2022 г.', 'date', [day('2022-02-28')]],
  ['15-го мая', 'date', [day('2022-05-15')]],
  ['1 сентября', 'date', [day('2022-09-01')]],
  ['01 мар. 2022', 'date', [day('2022-03-01')]],
  ['29 февраля 2024 г.', 'date', [day('2024-02-29')]],
  ['05.12.22', 'date', [day('2022-12-05')]],
  ['18.02.2022, 10:00', 'date', [day('2022-02-18')]],
];

describe('single dates', () => {
  it.each(rows)('%s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });
});
