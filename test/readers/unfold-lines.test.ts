// Text tables as legal databases print them, brought back to lines the table readers take.
import { describe, expect, it } from 'vitest';
import { unfoldLines } from '../../src/readers/txt/unfold-lines.js';

describe('unfoldLines', () => {
  it('puts the rows of a table flattened onto one line back on lines of their own', () => {
    const rule = '|—————|——————————|—————————|';
    const line = `${rule} | N | Мероприятие | Срок | ${rule} | 1. | Семинар для | май | | | учителей | | ${rule} | 2. | Конкурс | июнь | ${rule}`;
    const r = unfoldLines(['Заголовок', line])!;
    expect(r.lines).toEqual([
      'Заголовок',
      '+-----+----------+---------+',
      '| N | Мероприятие | Срок |',
      '+-----+----------+---------+',
      '| 1. | Семинар для | май |',
      '| | учителей | |',
      '+-----+----------+---------+',
      '| 2. | Конкурс | июнь |',
      '+-----+----------+---------+',
    ]);
    expect(new Set(r.origin.slice(1))).toEqual(new Set([1]));
  });

  it('reads one line per cell ending in « |» as one cell a line, a lone «|» an empty cell', () => {
    const cells = ['№ |', 'Мероприятия |', 'Срок |', 'Ответственные |', '1. |', 'Издание', 'приказа. |', 'Август |', '|', '2. |', 'Контроль |', 'Май |', 'Петров П.П. |'];
    const r = unfoldLines(['План', ...cells, 'Директор'])!;
    expect(r.lines).toEqual(['План', '№', 'Мероприятия', 'Срок', 'Ответственные', '1.', 'Издание приказа.', 'Август', '', '2.', 'Контроль', 'Май', 'Петров П.П.', 'Директор']);
    expect(r.origin[6]).toBe(6);
  });

  it('drops the blank lines that separate cells after a «N п/п» header', () => {
    const cells = ['N п/п', 'Мероприятие', 'Срок', '1', 'Первое', 'май', '2', 'Второе', 'июнь', '3', 'Третье', 'июль'];
    const lines = cells.flatMap((c) => [c, '']);
    expect(unfoldLines(lines)!.lines).toEqual(cells);
  });

  it('leaves ordinary text alone', () => {
    expect(unfoldLines(['Приказ', '', '1. Утвердить план.', 'a | b | c'])).toBeNull();
  });
});
