// split-fused-numbers: «7. Организация …» in the number column is split into number and activity.
import { describe, expect, it } from 'vitest';
import { splitFusedNumbers } from '../../../src/extract/roadmap/repairs/split-fused-numbers.js';
import { context, rowsOf, texts } from './rows.js';

describe('split-fused-numbers', () => {
  it.each([
    {
      name: 'a fused cell with the rest of the row in place beside it: split, nothing moved, nothing reported',
      rows: [['7. Организация семинара', '', 'май', 'МОУО', 'протокол']],
      want: [['7', 'Организация семинара', 'май', 'МОУО', 'протокол']],
      codes: [],
    },
    {
      name: 'a fused cell with every other cell one column left: split and shifted right, reported',
      rows: [['3. Проведение совещания', 'март 2024', 'Отдел', 'протокол', '']],
      want: [['3', 'Проведение совещания', 'март 2024', 'Отдел', 'протокол']],
      codes: ['row-repaired'],
    },
    {
      name: 'one cell too many: the last two cells share the last column and the row is flagged',
      rows: [['2.1 Анализ', 'январь', 'Школа', 'справка', 'отчёт']],
      want: [['2.1', 'Анализ', 'январь', 'Школа', 'справка / отчёт']],
      codes: ['row-unplaced', 'row-repaired'],
    },
    {
      name: 'a bare number is not touched',
      rows: [['4.', 'Семинар', 'май', 'МОУО', '']],
      want: [['4.', 'Семинар', 'май', 'МОУО', '']],
      codes: [],
    },
    {
      name: 'a date is not a fused number («10.02.2022 …» has a 4-digit part)',
      rows: [['10.02.2022 семинар', '', '', '', '']],
      want: [['10.02.2022 семинар', '', '', '', '']],
      codes: [],
    },
    {
      name: '«000 Ромашка» (OCR of ООО) is not a number',
      rows: [['000 Ромашка', 'Семинар', '', '', '']],
      want: [['000 Ромашка', 'Семинар', '', '', '']],
      codes: [],
    },
  ])('$name', ({ rows, want, codes }) => {
    const ctx = context();
    expect(texts(splitFusedNumbers(rowsOf(rows), ctx))).toEqual(want);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it('does nothing when the number and activity columns are not side by side', () => {
    const ctx = context(['activity', 'number', 'timeframe']);
    expect(texts(splitFusedNumbers(rowsOf([['Семинар', '5. Текст', 'май']]), ctx))).toEqual([['Семинар', '5. Текст', 'май']]);
  });
});
