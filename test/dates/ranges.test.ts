// Ranges of days and of months: hyphen, en and em dash, «по», «с … по …», spaced or not; chains and New Year.
import { describe, expect, it } from 'vitest';
import { read, span, type Row } from './read.js';

const days: Row[] = [
  ['17.01.2022-04.02.2022', 'range', [span('2022-01-17', '2022-02-04', 'day')]],
  ['12.09.2022 г.- 21.09.2022 г', 'range', [span('2022-09-12', '2022-09-21', 'day')]],
  ['24.02.2022 – 10.03. 2022', 'range', [span('2022-02-24', '2022-03-10', 'day')]],
  ['01.09.2022—31.12.2022', 'range', [span('2022-09-01', '2022-12-31', 'day')]],
  ['15.03.2022 -25.03.2022', 'range', [span('2022-03-15', '2022-03-25', 'day')]],
  ['01.09.22 г. – 31.05.23 г.', 'range', [span('2022-09-01', '2023-05-31', 'day')]],
  ['с 01.09.2022г. по 31.12.2022г.', 'range', [span('2022-09-01', '2022-12-31', 'day')]],
  ['с 14.03 по 18.03.2022', 'range', [span('2022-03-14', '2022-03-18', 'day')]],
  ['01.09-30.09.2022', 'range', [span('2022-09-01', '2022-09-30', 'day')]],
  ['10-14.10.2022', 'range', [span('2022-10-10', '2022-10-14', 'day')]],
  ['с 10 по 14 октября', 'range', [span('2022-10-10', '2022-10-14', 'day')]],
  ['10–14 октября 2022 г.', 'range', [span('2022-10-10', '2022-10-14', 'day')]],
  ['с 1 по 10 сентября 2022', 'range', [span('2022-09-01', '2022-09-10', 'day')]],
  ['с 1 до 10 сентября', 'range', [span('2022-09-01', '2022-09-10', 'day')]],
  ['с 20 июня по 5 июля 2022 г.', 'range', [span('2022-06-20', '2022-07-05', 'day')]],
  ['с 28 февраля по 5 марта 2022 г.', 'range', [span('2022-02-28', '2022-03-05', 'day')]],
  ['с 01 мар. по 31 мар. 2022', 'range', [span('2022-03-01', '2022-03-31', 'day')]],
  ['в период с 1 по 10 марта', 'range', [span('2022-03-01', '2022-03-10', 'day')]],
];

const months: Row[] = [
  ['Март – декабрь 2022 года', 'range', [span('2022-03-01', '2022-12-31', 'month')]],
  ['Август-сентябрь 2022 года', 'range', [span('2022-08-01', '2022-09-30', 'month')]],
  ['Сентябрь- декабрь 2022 г.', 'range', [span('2022-09-01', '2022-12-31', 'month')]],
  ['август–сентябрь', 'range', [span('2022-08-01', '2022-09-30', 'month')]],
  ['авг.–сент. 2022', 'range', [span('2022-08-01', '2022-09-30', 'month')]],
  ['С февраля по декабрь 2022 г.', 'range', [span('2022-02-01', '2022-12-31', 'month')]],
  ['Март 2022 – декабрь 2022', 'range', [span('2022-03-01', '2022-12-31', 'month')]],
  ['Декабрь 2021 – январь 2022', 'range', [span('2021-12-01', '2022-01-31', 'month')]],
  ['декабрь 2022 г. – январь 2023 г.', 'range', [span('2022-12-01', '2023-01-31', 'month')]],
  // the end written as «октябрь-ноябрь» takes the later bound
  ['Март 2022- октябрь-ноябрь 2022', 'range', [span('2022-03-01', '2022-11-30', 'month')]],
  // a yearless end before its start moves into the next year
  ['сентябрь 2022 – май', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['Ноябрь – январь', 'range', [span('2022-11-01', '2023-01-31', 'month')]],
  ['Декабрь – январь 2023', 'range', [span('2022-12-01', '2023-01-31', 'month')]],
  ['Сентябрь 2022 - Май 2023', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['Январь-февраль 2023 г.', 'range', [span('2023-01-01', '2023-02-28', 'month')]],
];

const open: Row[] = [
  // an open start runs to the end of the plan year
  ['С 15.11.2022', 'range', [span('2022-11-15', '2022-12-31', 'day')]],
  ['с 1 августа 2022 года', 'range', [span('2022-08-01', '2022-12-31', 'day')]],
  ['с октября', 'range', [span('2022-10-01', '2022-12-31', 'month')]],
  ['начиная с марта 2022 г.', 'range', [span('2022-03-01', '2022-12-31', 'month')]],
];

describe('ranges', () => {
  it.each(days)('of days: %s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });
  it.each(months)('of months: %s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });
  it.each(open)('open start: %s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });
});
