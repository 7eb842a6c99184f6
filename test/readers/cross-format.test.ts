// The same order as .docx and as .pdf (LibreOffice's export of that .docx) gives the same blocks: the
// .docx tables against the corpus README's counts, the .pdf tables cell by cell against the .docx,
// and the paragraphs' text in order. Prints the agreement per file and every difference.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, DocModel, Paragraph, Table } from '../../src/document/model.js';
import { readDocx } from '../../src/readers/docx/read-docx.js';
import { DEFAULT_LIMITS } from '../../src/readers/limits.js';
import { readPdf } from '../../src/readers/pdf/read-pdf.js';
import { ORDERS } from '../helpers/fixtures.js';

/** From /work/shared/corpus/README.md (counted by the people who laid out the .docx files). */
const CORPUS = [
  { id: '000_634ec10432542fee', columns: 5, rows: 47, sections: 7, pages: 8 },
  { id: '001_905b539a19fec123', columns: 6, rows: 67, sections: 6, pages: 14 },
  { id: '002_cfd02bc2b9fd3aef', columns: 5, rows: 29, sections: 0, pages: 4 },
  { id: '003_77b42d29d9c320cf', columns: 6, rows: 33, sections: 0, pages: 10 },
];

const opts = { limits: DEFAULT_LIMITS };
const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const tables = (m: DocModel) => m.blocks.filter((b): b is Table => b.kind === 'table');
const paragraphs = (m: DocModel) => m.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const cellText = (lines: string[]) => collapse(lines.join(' '));

interface Agreement {
  equal: number;
  total: number;
  differences: string[];
}

/** Cell by cell, in grid order: the same text (whitespace collapsed) and the same spans. */
function compareTables(docx: Table, pdf: Table): Agreement {
  const out: Agreement = { equal: 0, total: 0, differences: [] };
  const rows = Math.max(docx.rows.length, pdf.rows.length);
  for (let r = 0; r < rows; r++) {
    const a = docx.rows[r]?.cells ?? [];
    const b = pdf.rows[r]?.cells ?? [];
    for (let c = 0; c < Math.max(a.length, b.length); c++) {
      out.total++;
      const x = a[c];
      const y = b[c];
      const same = !!x && !!y && cellText(x.lines) === cellText(y.lines) && x.colSpan === y.colSpan && x.rowSpan === y.rowSpan;
      if (same) out.equal++;
      else out.differences.push(`row ${r + 1} cell ${c + 1}: docx «${x ? cellText(x.lines) : '∅'}» / pdf «${y ? cellText(y.lines) : '∅'}»`);
    }
  }
  return out;
}

function blockOrder(blocks: Block[]): string {
  return blocks.map((b) => (b.kind === 'table' ? 'T' : 'P')).join('');
}

const models = new Map<string, { docx: DocModel; pdf: DocModel }>();

beforeAll(async () => {
  for (const doc of CORPUS) {
    const docx = await readDocx(readFileSync(`${ORDERS}${doc.id}.docx`), opts);
    const pdf = await readPdf(readFileSync(`${ORDERS}${doc.id}.pdf`), opts);
    models.set(doc.id, { docx, pdf });
  }
});

describe('.docx tables match the corpus README', () => {
  it.each(CORPUS)('$id: $rows rows of $columns columns, one header row, $sections section rows', (doc) => {
    const [table, ...more] = tables(models.get(doc.id)!.docx);
    expect(more).toHaveLength(0);
    expect(table!.columns).toBe(doc.columns);
    expect(table!.rows).toHaveLength(doc.rows);
    expect(table!.rows.filter((r) => r.header)).toHaveLength(1);
    expect(table!.rows[0]!.header).toBe(true);
    const sections = table!.rows.filter((r) => r.cells.length === 1 && r.cells[0]!.colSpan === doc.columns);
    expect(sections).toHaveLength(doc.sections);
    // every grid row covers every column
    for (const row of table!.rows) expect(row.cells.reduce((n, c) => n + c.colSpan, 0)).toBe(doc.columns);
  });
});

describe('.pdf against .docx', () => {
  const overall = { equal: 0, total: 0 };

  it.each(CORPUS)('$id: one table, the same rows, cells agree', (doc) => {
    const { docx, pdf } = models.get(doc.id)!;
    expect(pdf.pages).toBe(doc.pages);
    const [d] = tables(docx);
    const [p, ...more] = tables(pdf);
    expect(more).toHaveLength(0);
    expect(p!.columns).toBe(doc.columns);
    expect(p!.rows).toHaveLength(doc.rows);
    // the header repeated on every page is read once and marked
    expect(p!.rows.filter((r) => r.header)).toHaveLength(1);
    const a = compareTables(d!, p!);
    overall.equal += a.equal;
    overall.total += a.total;
    console.log(`${doc.id}: pdf cells equal to docx ${a.equal}/${a.total} (${((100 * a.equal) / a.total).toFixed(1)}%)`);
    for (const diff of a.differences) console.log(`  ${diff}`);
    // the known misses are line ends the PDF cannot tell apart («2022-|01.06» vs «2022- |01.06»)
    expect(a.equal / a.total).toBeGreaterThanOrEqual(0.97);
  });

  it('at least 98% of all cells agree', () => {
    console.log(`all four: ${overall.equal}/${overall.total} cells (${((100 * overall.equal) / overall.total).toFixed(1)}%)`);
    expect(overall.total).toBeGreaterThan(900);
    expect(overall.equal / overall.total).toBeGreaterThanOrEqual(0.98);
  });

  it.each(CORPUS)('$id: the same paragraphs in the same order, tables in the same places', (doc) => {
    const { docx, pdf } = models.get(doc.id)!;
    const d = paragraphs(docx).map((p) => collapse(p.lines.join(' ')));
    const p = paragraphs(pdf).map((x) => collapse(x.lines.join(' ')));
    const same = d.filter((t, i) => p[i] === t).length;
    console.log(`${doc.id}: paragraphs equal and in place ${same}/${d.length} (pdf has ${p.length})`);
    d.forEach((t, i) => {
      if (p[i] !== t) console.log(`  #${i + 1}: docx «${t}» / pdf «${p[i] ?? '∅'}»`);
    });
    expect(p).toEqual(d);
    expect(blockOrder(pdf.blocks)).toBe(blockOrder(docx.blocks));
    // bold where the .docx is bold
    expect(paragraphs(pdf).map((x) => x.bold)).toEqual(paragraphs(docx).map((x) => x.bold));
  });

  it('PDF blocks carry their pages; rows broken over a page break say where they end', () => {
    const { pdf } = models.get('003_77b42d29d9c320cf')!;
    const [table] = tables(pdf);
    // pdftotext shows the appendix (and its table) starting on page 3 and running to the last page
    expect(table!.pos.page).toBe(3);
    expect(table!.pos.endPage).toBe(10);
    const continued = table!.rows.filter((r) => r.pos.endPage !== undefined);
    expect(continued.length).toBeGreaterThan(0);
    for (const r of continued) expect(r.pos.endPage).toBe(r.pos.page! + 1);
    expect(pdf.notes.filter((n) => n.code === 'row-continued')).toHaveLength(continued.length);
    for (const p of paragraphs(pdf)) expect(p.pos.page).toBeGreaterThanOrEqual(1);
  });
});
