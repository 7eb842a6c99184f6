// realign-shifted-columns: cells standing one row above their activity are moved down to it.
import { describe, expect, it } from 'vitest';
import { realignShiftedColumns } from '../../../src/extract/roadmap/repairs/realign-shifted-columns.js';
import { context, rowsOf, texts } from './rows.js';

describe('realign-shifted-columns', () => {
  it.each([
    {
      name: 'a tail row carrying the next item\'s cells, then rows each one cell-row early, the last bare: realigned',
      rows: [
        ['1', 'Анализ результатов', 'январь', 'МОУО', 'справка'],
        ['', 'оценочных процедур', 'февраль', 'Школы', 'план'],
        ['2', 'Разработка плана', 'март', 'ЦНППМ', 'приказ'],
        ['3', 'Утверждение плана', '', '', ''],
      ],
      want: [
        ['1', 'Анализ результатов / оценочных процедур', 'январь', 'МОУО', 'справка'],
        ['2', 'Разработка плана', 'февраль', 'Школы', 'план'],
        ['3', 'Утверждение плана', 'март', 'ЦНППМ', 'приказ'],
      ],
      codes: ['row-unplaced', 'row-unplaced', 'row-unplaced'],
    },
    {
      name: 'a tail row and a last row that has its own cells: no shift to undo, left alone',
      rows: [
        ['1', 'Анализ', 'январь', 'МОУО', 'справка'],
        ['', 'результатов', 'февраль', 'Школы', 'план'],
        ['2', 'Разработка плана', 'март', 'ЦНППМ', 'приказ'],
      ],
      want: [
        ['1', 'Анализ', 'январь', 'МОУО', 'справка'],
        ['', 'результатов', 'февраль', 'Школы', 'план'],
        ['2', 'Разработка плана', 'март', 'ЦНППМ', 'приказ'],
      ],
      codes: [],
    },
    {
      name: 'an unnumbered row starting with a capital is not a tail: left alone',
      rows: [
        ['1', 'Анализ', 'январь', 'МОУО', 'справка'],
        ['', 'Результатов', 'февраль', 'Школы', 'план'],
        ['2', 'Разработка', 'март', 'ЦНППМ', 'приказ'],
        ['3', 'Утверждение', '', '', ''],
      ],
      want: [
        ['1', 'Анализ', 'январь', 'МОУО', 'справка'],
        ['', 'Результатов', 'февраль', 'Школы', 'план'],
        ['2', 'Разработка', 'март', 'ЦНППМ', 'приказ'],
        ['3', 'Утверждение', '', '', ''],
      ],
      codes: [],
    },
  ])('$name', ({ rows, want, codes }) => {
    const ctx = context();
    expect(texts(realignShiftedColumns(rowsOf(rows), ctx))).toEqual(want);
    expect(ctx.diagnostics.map((d) => d.code)).toEqual(codes);
  });
});
