// The PDF reader on LibreOffice exports of the variant .docx files (fixtures/variants): merged cells,
// a table across pages with a row broken by a page break and wrapped cells, a table drawn without
// lines; and the PDFs it must refuse with a clear code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocModel, Paragraph, Table } from '../../src/document/model.js';
import { isRoadmapError } from '../../src/errors.js';
import { readDocx } from '../../src/readers/docx/read-docx.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/readers/limits.js';
import { readPdf } from '../../src/readers/pdf/read-pdf.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';

const VARIANTS = `${FIXTURES}variants/`;
const opts = (limits: Partial<Limits> = {}) => ({ limits: { ...DEFAULT_LIMITS, ...limits } });
const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const tableOf = (m: DocModel) => m.blocks.find((b): b is Table => b.kind === 'table')!;
const grid = (t: Table) => t.rows.map((r) => r.cells.map((c) => `${c.colSpan}x${c.rowSpan}${c.spanned ? '*' : ''} ${collapse(c.lines.join(' '))}`));

async function code(bytes: Uint8Array, limits: Partial<Limits> = {}): Promise<string> {
  try {
    await readPdf(bytes, opts(limits));
    return 'read';
  } catch (e) {
    return isRoadmapError(e) ? e.code : `unexpected: ${String(e)}`;
  }
}

describe('tables', () => {
  it('merged cells and a nested table read as in the .docx', async () => {
    const pdf = await readPdf(readFileSync(`${VARIANTS}merged-cells.pdf`), opts());
    const docx = await readDocx(readFileSync(`${VARIANTS}merged-cells.docx`), opts());
    expect(tableOf(pdf).columns).toBe(4);
    expect(grid(tableOf(pdf))).toEqual(grid(tableOf(docx)));
    expect(pdf.pages).toBe(1);
    expect(pdf.notes.map((n) => n.code)).toContain('nested-table-flattened');
  });

  it('a table across three pages: header read once, a row broken by a page break is one row', async () => {
    const pdf = await readPdf(readFileSync(`${VARIANTS}long-table.pdf`), opts());
    const docx = await readDocx(readFileSync(`${VARIANTS}long-table.docx`), opts());
    const t = tableOf(pdf);
    expect(pdf.pages).toBe(3);
    expect(t.pos).toEqual({ page: 1, endPage: 3 });
    // 1 header + 14 numbered rows + the tall row «11а.» (make-variants.py)
    expect(t.rows).toHaveLength(16);
    expect(t.rows.filter((r) => r.header)).toHaveLength(1);
    expect(pdf.notes.filter((n) => n.code === 'header-repeat-dropped')).toHaveLength(2);
    const tall = t.rows.find((r) => r.cells[0]!.lines[0] === '11а.')!;
    expect(tall.pos.endPage).toBe(tall.pos.page! + 1);
    expect(grid(t)).toEqual(grid(tableOf(docx)));
  });

  it('wrapped cells are joined back: hyphenated compounds, a URL and a date range broken in a narrow cell', async () => {
    const t = tableOf(await readPdf(readFileSync(`${VARIANTS}long-table.pdf`), opts()));
    const row = t.rows[1]!.cells.map((c) => c.lines);
    expect(row).toEqual([
      ['1.'],
      ['Проведение мастер-классов и семинаров для педагогов школ-участниц проекта, этап 1'],
      ['25.04.2022-01.06.2022'],
      ['Муниципальный координатор'],
      ['Материалы размещены на https://example.org/projects/500plus/materials'],
    ]);
    // pdftotext shows those cells over several lines: «25.04.2022 | - | 01.06.2022», «…/pr | ojects/…»
  });

  it('a table drawn without lines: columns from where the text stands', async () => {
    const pdf = await readPdf(readFileSync(`${VARIANTS}borderless.pdf`), opts());
    const docx = await readDocx(readFileSync(`${VARIANTS}borderless.docx`), opts());
    expect(grid(tableOf(pdf))).toEqual(grid(tableOf(docx)));
    const ps = pdf.blocks.filter((b): b is Paragraph => b.kind === 'paragraph').map((x) => x.lines.join(' '));
    expect(ps).toEqual(['Таблица без линий', 'Конец документа.']);
  });
});

describe('text', () => {
  it('letter-spaced words keep their letters in order, spaces and all', async () => {
    const pdf = await readPdf(readFileSync(`${ORDERS}003_77b42d29d9c320cf.pdf`), opts());
    const lines = pdf.blocks.flatMap((b) => (b.kind === 'paragraph' ? b.lines : []));
    expect(lines).toContain('П Р И К А З');
  });

  it('a page shown sideways (/Rotate) is read turned, the same as upright', async () => {
    const upright = await readPdf(readFileSync(`${VARIANTS}merged-cells.pdf`), opts());
    const turned = await readPdf(readFileSync(`${VARIANTS}merged-cells-rotated.pdf`), opts());
    expect(turned.blocks).toEqual(upright.blocks);
    expect(turned.notes.map((n) => n.code)).toContain('page-turned');
  });

  it('a signature line keeps the position and the name apart with a tab, as the .docx does', async () => {
    const pdf = await readPdf(readFileSync(`${VARIANTS}merged-cells.pdf`), opts());
    const last = pdf.blocks[pdf.blocks.length - 1] as Paragraph;
    expect(last.lines).toEqual(['Ректор\tО.С. Кольцова']);
  });
});

describe('PDFs that cannot be read', () => {
  it('a scan (images, no text layer) is no-text-layer, not an empty model', async () => {
    expect(await code(readFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.scan.pdf`))).toBe('no-text-layer');
  });

  it('a password is encrypted; an owner password alone does not stop reading', async () => {
    expect(await code(readFileSync(`${VARIANTS}encrypted.pdf`))).toBe('encrypted');
    expect(await code(readFileSync(`${VARIANTS}owner-password-only.pdf`))).toBe('read');
  });

  it('garbage, a truncated file, an empty one are corrupt', async () => {
    const whole = readFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.pdf`);
    expect(await code(new Uint8Array(Buffer.from('%PDF-1.7\nnothing else')))).toBe('corrupt');
    expect(await code(whole.subarray(0, 2000))).toBe('corrupt');
    expect(await code(new Uint8Array(0))).toBe('corrupt');
  });

  it('more pages than maxPdfPages is too-large', async () => {
    expect(await code(readFileSync(`${VARIANTS}long-table.pdf`), { maxPdfPages: 2 })).toBe('too-large');
  });
});
