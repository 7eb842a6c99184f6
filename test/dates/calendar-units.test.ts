// Months, quarters, half-years, years, school years, decades and parts of a month.
import { describe, expect, it } from 'vitest';
import { read, span, type Row } from './read.js';

const months: Row[] = [
  ['Февраль 2022 года', 'range', [span('2022-02-01', '2022-02-28', 'month')]],
  ['Февраль, 2022', 'range', [span('2022-02-01', '2022-02-28', 'month')]],
  ['ИЮНЬ 2022', 'range', [span('2022-06-01', '2022-06-30', 'month')]],
  ['март', 'range', [span('2022-03-01', '2022-03-31', 'month')]],
  ['в январе 2023 г.', 'range', [span('2023-01-01', '2023-01-31', 'month')]],
  ['сент. 2022 г.', 'range', [span('2022-09-01', '2022-09-30', 'month')]],
  ['фев. 2024', 'range', [span('2024-02-01', '2024-02-29', 'month')]],
];

const quarters: Row[] = [
  ['3 квартал', 'range', [span('2022-07-01', '2022-09-30', 'quarter')]],
  ['3-й квартал 2022 года', 'range', [span('2022-07-01', '2022-09-30', 'quarter')]],
  ['I квартал 2023 г.', 'range', [span('2023-01-01', '2023-03-31', 'quarter')]],
  ['1 кв. 2023', 'range', [span('2023-01-01', '2023-03-31', 'quarter')]],
  ['IV кв. 2022', 'range', [span('2022-10-01', '2022-12-31', 'quarter')]],
  ['в первом квартале', 'range', [span('2022-01-01', '2022-03-31', 'quarter')]],
  ['III-IV кв. 2022 г.', 'range', [span('2022-07-01', '2022-12-31', 'quarter')]],
  ['I-II кварталы 2023 г.', 'range', [span('2023-01-01', '2023-06-30', 'quarter')]],
  ['IV квартал 2022 г. – I квартал 2023 г.', 'range', [span('2022-10-01', '2023-03-31', 'quarter')]],
  // a list of quarters is a list of periods, as a list of months is
  ['I, III кварталы 2022 г.', 'multi', [span('2022-01-01', '2022-03-31', 'quarter'), span('2022-07-01', '2022-09-30', 'quarter')]],
  ['в I и II кварталах 2022 г.', 'multi', [span('2022-01-01', '2022-03-31', 'quarter'), span('2022-04-01', '2022-06-30', 'quarter')]],
  ['1-го и 2-го кварталов 2023 г.', 'multi', [span('2023-01-01', '2023-03-31', 'quarter'), span('2023-04-01', '2023-06-30', 'quarter')]],
];

const halves: Row[] = [
  ['2-е полугодие 2022 г.', 'range', [span('2022-07-01', '2022-12-31', 'half')]],
  ['II полугодие', 'range', [span('2022-07-01', '2022-12-31', 'half')]],
  ['1-е полугодие', 'range', [span('2022-01-01', '2022-06-30', 'half')]],
  ['I полугодие 2023 г.', 'range', [span('2023-01-01', '2023-06-30', 'half')]],
  // school half-years: I = 1 Sep..31 Dec, II = 1 Jan..31 May
  ['в 1 полугодии 2022/2023 уч. года', 'range', [span('2022-09-01', '2022-12-31', 'half')]],
  ['II полугодие 2022-2023 уч. года', 'range', [span('2023-01-01', '2023-05-31', 'half')]],
  ['I и II полугодие 2022 г.', 'multi', [span('2022-01-01', '2022-06-30', 'half'), span('2022-07-01', '2022-12-31', 'half')]],
];

const years: Row[] = [
  ['2022 год', 'range', [span('2022-01-01', '2022-12-31', 'year')]],
  ['в 2022 году', 'range', [span('2022-01-01', '2022-12-31', 'year')]],
  ['2022-2024 г.г.', 'range', [span('2022-01-01', '2024-12-31', 'year')]],
  ['2022 – 2023 гг.', 'range', [span('2022-01-01', '2023-12-31', 'year')]],
  ['2023-2025 годы', 'range', [span('2023-01-01', '2025-12-31', 'year')]],
];

const schoolYears: Row[] = [
  ['2022-2023 учебный год', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['2022 – 2023 учебный год', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['2022/2023 уч. год', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['2022-2023 уч.г.', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['2022/23 учебный год', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
  ['2022/2023', 'range', [span('2022-09-01', '2023-05-31', 'month')]],
];

const parts: Row[] = [
  ['первая декада марта', 'range', [span('2022-03-01', '2022-03-10', 'day')]],
  ['вторая декада апреля 2022 г.', 'range', [span('2022-04-11', '2022-04-20', 'day')]],
  ['3 декада февраля', 'range', [span('2022-02-21', '2022-02-28', 'day')]],
  ['последняя декада декабря 2022 г.', 'range', [span('2022-12-21', '2022-12-31', 'day')]],
  ['начало сентября', 'range', [span('2022-09-01', '2022-09-10', 'day')]],
  ['середина октября 2022 г.', 'range', [span('2022-10-11', '2022-10-20', 'day')]],
  ['конец августа 2022 г.', 'range', [span('2022-08-21', '2022-08-31', 'day')]],
  ['первая половина марта', 'range', [span('2022-03-01', '2022-03-15', 'day')]],
  ['во второй половине мая', 'range', [span('2022-05-16', '2022-05-31', 'day')]],
];

function check([text, kind, periods]: Row): void {
  const t = read(text);
  expect(t.kind).toBe(kind);
  expect(t.periods).toEqual(periods);
}

describe('calendar units', () => {
  it.each(months)('month: %s', (...row) => check(row));
  it.each(quarters)('quarter: %s', (...row) => check(row));
  it.each(halves)('half-year: %s', (...row) => check(row));
  it.each(years)('year: %s', (...row) => check(row));
  it.each(schoolYears)('school year: %s', (...row) => check(row));
  it.each(parts)('part of a month: %s', (...row) => check(row));

  it('takes a yearless school year from the act: the one holding it, or the coming one in summer', () => {
    expect(read('учебный год', { year: 2022, docDate: '2022-10-03' }).periods).toEqual([span('2022-09-01', '2023-05-31', 'month')]);
    expect(read('учебный год', { year: 2022, docDate: '2022-02-28' }).periods).toEqual([span('2021-09-01', '2022-05-31', 'month')]);
    expect(read('учебный год', { year: 2022, docDate: '2022-07-15' }).periods).toEqual([span('2022-09-01', '2023-05-31', 'month')]);
    expect(read('второе полугодие учебного года', { year: 2022, docDate: '2022-10-03' }).periods).toEqual([
      span('2023-01-01', '2023-05-31', 'half'),
    ]);
  });
});
