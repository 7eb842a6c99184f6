// Word documents often lay out the letterhead and the signature in small borderless tables: their
// text is read as paragraphs, whatever the format, and only data tables become roadmaps.
import { describe, expect, it } from 'vitest';
import type { Block, Cell, DocModel, Paragraph, Row, Table } from '../../src/document/model.js';
import { extractModel } from '../../src/extract/index.js';

const p = (...lines: string[]): Paragraph => ({ kind: 'paragraph', lines, bold: false, pos: {} });
const cell = (...lines: string[]): Cell => ({ lines, colSpan: 1, rowSpan: 1 });
const row = (...cells: Cell[]): Row => ({ cells, pos: {} });
const table = (...rows: Row[]): Table => ({ kind: 'table', rows, columns: Math.max(...rows.map((r) => r.cells.length)), pos: {} });

describe('layout tables', () => {
  const blocks: Block[] = [
    p('МИНИСТЕРСТВО ОБРАЗОВАНИЯ'),
    p('ПРИКАЗ'),
    table(row(cell('16.02.2022'), cell('№ 19/1'))),
    p('Об утверждении плана на 2022 год'),
    p('ПРИКАЗЫВАЮ:'),
    p('1. Утвердить план.'),
    table(row(cell('Министр образования', 'области'), cell('Г.В. Левина'))),
    p('План мероприятий на 2022 год'),
    table(
      row(cell('№'), cell('Мероприятие'), cell('Срок'), cell('Ответственный')),
      row(cell('1.'), cell('Семинар'), cell('Март'), cell('МОУО')),
      row(cell('2.'), cell('Анализ'), cell('Апрель'), cell('МОУО')),
      row(cell('3.'), cell('Отчёт'), cell('Май'), cell('МОУО')),
    ),
  ];
  const doc: DocModel = { format: 'docx', blocks, notes: [] };
  const source = { file: 'x.docx', format: 'docx' as const, sha256: null, encoding: null, pages: null };
  const model = extractModel(doc, source);

  it('reads the date and number from a letterhead table', () => {
    expect(model.document).toMatchObject({ type: 'order', issuer: 'МИНИСТЕРСТВО ОБРАЗОВАНИЯ', date: '2022-02-16', number: '19/1', title: 'Об утверждении плана на 2022 год' });
  });

  it('reads a signature laid out as position | name', () => {
    expect(model.document.signatories).toEqual([{ role: 'signed', position: 'Министр образования области', name: 'Г.В. Левина' }]);
  });

  it('keeps the data table as the roadmap, counting tables as the document has them', () => {
    expect(model.roadmaps).toHaveLength(1);
    expect(model.roadmaps[0]!.title).toBe('План мероприятий на 2022 год');
    expect(model.roadmaps[0]!.items.map((i) => [i.number, i.at?.table, i.at?.row])).toEqual([
      ['1', 3, 2],
      ['2', 3, 3],
      ['3', 3, 4],
    ]);
  });
});
