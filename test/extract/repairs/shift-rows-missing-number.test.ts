// shift-rows-missing-number: a row whose cells stand one column left (its number cell lost) is moved back.
import { describe, expect, it } from 'vitest';
import { shiftRowsMissingNumber } from '../../../src/extract/roadmap/repairs/shift-rows-missing-number.js';
import { context, rowsOf, texts } from './rows.js';

describe('shift-rows-missing-number', () => {
  it.each([
    {
      name: 'text in the number column, the last cell empty, three cells filled: shifted right',
      rows: [['Проведение семинара', 'май 2024', 'МОУО', 'протокол', '']],
      want: [['', 'Проведение семинара', 'май 2024', 'МОУО', 'протокол']],
      codes: ['row-repaired'],
    },
    {
      name: 'the last cell filled: the row is whole, left alone',
      rows: [['Проведение семинара', 'май 2024', 'МОУО', 'протокол', 'отчёт']],
      want: [['Проведение семинара', 'май 2024', 'МОУО', 'протокол', 'отчёт']],
      codes: [],
    },
    {
      name: 'only two cells: too little to tell, left alone',
      rows: [['Проведение семинара', 'май 2024', '', '', '']],
      want: [['Проведение семинара', 'май 2024', '', '', '']],
      codes: [],
    },
    {
      name: 'a number in the number column: left alone',
      rows: [['5', 'Семинар', 'май', '', '']],
      want: [['5', 'Семинар', 'май', '', '']],
      codes: [],
    },
    {
      name: 'a fused number is the other repair\'s: left alone',
      rows: [['5. Семинар', 'май', 'МОУО', '', '']],
      want: [['5. Семинар', 'май', 'МОУО', '', '']],
      codes: [],
    },
  ])('$name', ({ rows, want, codes }) => {
    const ctx = context();
    expect(texts(shiftRowsMissingNumber(rowsOf(rows), ctx))).toEqual(want);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
