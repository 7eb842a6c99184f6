// Cells that hold no timeframe, or one we cannot read: kind none, never a wrong date, and a note of why.
import { describe, expect, it } from 'vitest';
import { codes, read } from './read.js';

// [text, the diagnostic expected (null: none at all)]
const rows: Array<[string, string | null]> = [
  ['Приказ № 19/1', 'timeframe-unreadable'],
  ['12,5 %', 'timeframe-unreadable'],
  ['п. 2.10', 'timeframe-unreadable'],
  ['Проведено не менее 8 совещаний', 'timeframe-unreadable'],
  ['ВПР, ОГЭ, ЕГЭ', 'timeframe-unreadable'],
  ['Проект «500+»', 'timeframe-unreadable'],
  ['2000 участников', 'timeframe-unreadable'],
  ['Сроки реализации', 'timeframe-unreadable'],
  ['Выполнено', 'timeframe-unreadable'],
  ['в 14.30', 'timeframe-unreadable'],
  ['В кратчайшие сроки', 'timeframe-vague'],
  ['по итогам проекта', 'timeframe-vague'],
  ['по итогам 2022 года', 'timeframe-vague'],
  // which month is not said
  ['в конце месяца', 'timeframe-vague'],
  ['I четверть', 'timeframe-unreadable'],
  ['31.02.2022', 'timeframe-invalid-date'],
  // years outside 1900–2100 are not read as dates (docs/MODEL.md)
  ['01.01.0001', 'timeframe-year-out-of-range'],
  ['до 31.12.2150', 'timeframe-year-out-of-range'],
  ['с 01.01.2022 по 31.12.3022', 'timeframe-year-out-of-range'],
  ['Апрель 0001 г.', 'timeframe-year-out-of-range'],
  ['1 квартал 1899 года', 'timeframe-year-out-of-range'],
  ['Срок не установлен', null],
  ['Не предусмотрено', null],
  ['-', null],
  ['—', null],
  ['х', null],
];

describe('negatives', () => {
  it.each(rows)('%s', (text, code) => {
    const t = read(text);
    expect(t).toEqual({ text, kind: 'none', periods: [], recurrence: null });
    const got = codes(text);
    if (code === null) expect(got.filter((c) => c !== 'timeframe-partly-read')).toEqual([]);
    else expect(got).toContain(code);
  });

  it('gives an empty cell no text and no diagnostic', () => {
    expect(read('')).toEqual({ text: null, kind: 'none', periods: [], recurrence: null });
    expect(read('  \n ')).toEqual({ text: null, kind: 'none', periods: [], recurrence: null });
    expect(codes('')).toEqual([]);
  });

  it('notes words it skipped in a cell it otherwise read', () => {
    expect(codes('до 15.01.2023 (отчет)')).toContain('timeframe-partly-read');
    expect(codes('до 15.01.2023')).toEqual([]);
  });
});
