// merge-fragment-rows: an unnumbered row holding only a tail of text joins the item above it.
import { describe, expect, it } from 'vitest';
import { mergeFragmentRows } from '../../../src/extract/roadmap/repairs/merge-fragment-rows.js';
import { context, rowsOf, texts } from './rows.js';

describe('merge-fragment-rows', () => {
  it.each([
    {
      name: 'a lowercase tail of the activity joins the row above',
      rows: [
        ['1', 'Реализация муниципальных', 'май', 'МОУО', ''],
        ['', 'программ', '', '', ''],
      ],
      want: [['1', 'Реализация муниципальных / программ', 'май', 'МОУО', '']],
      codes: ['row-unplaced'],
    },
    {
      name: '«000» in the number column (OCR of ООО) with nothing else: joins the activity above',
      rows: [
        ['2', 'Договор с', 'июнь', '', ''],
        ['000', '', '', '', ''],
      ],
      want: [['2', 'Договор с / 000', 'июнь', '', '']],
      codes: ['row-unplaced'],
    },
    {
      name: 'a tail that stacks one phrase for the empty cells below: spread to them',
      rows: [
        ['1', 'Анализ', 'май', 'МОУО', ''],
        ['', 'данных', '', 'директоров Руководители ОО Руководители ОО', ''],
        ['2', 'Семинар', 'июнь', '', ''],
        ['3', 'Круглый стол', 'июль', '', ''],
      ],
      want: [
        ['1', 'Анализ / данных', 'май', 'МОУО / директоров', ''],
        ['2', 'Семинар', 'июнь', 'Руководители ОО', ''],
        ['3', 'Круглый стол', 'июль', 'Руководители ОО', ''],
      ],
      codes: ['row-unplaced', 'row-unplaced', 'row-unplaced'],
    },
    {
      name: 'a capitalised unnumbered row is not a tail',
      rows: [
        ['1', 'Анализ', 'май', '', ''],
        ['', 'Семинар', 'июнь', '', ''],
      ],
      want: [
        ['1', 'Анализ', 'май', '', ''],
        ['', 'Семинар', 'июнь', '', ''],
      ],
      codes: [],
    },
    {
      name: 'a numbered row is never a tail',
      rows: [
        ['1', 'Анализ', 'май', '', ''],
        ['2', 'семинар', 'июнь', '', ''],
      ],
      want: [
        ['1', 'Анализ', 'май', '', ''],
        ['2', 'семинар', 'июнь', '', ''],
      ],
      codes: [],
    },
  ])('$name', ({ rows, want, codes }) => {
    const ctx = context();
    expect(texts(mergeFragmentRows(rowsOf(rows), ctx))).toEqual(want);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
