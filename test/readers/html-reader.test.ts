// The HTML path (used for .html files and for mammoth's rendering of .docx) on small HTML strings.
import { describe, expect, it } from 'vitest';
import type { Paragraph, Table } from '../../src/document/model.js';
import { isRoadmapError } from '../../src/errors.js';
import { readHtml, readHtmlBytes } from '../../src/readers/html/read-html.js';
import { DEFAULT_LIMITS } from '../../src/readers/limits.js';

const opts = { limits: DEFAULT_LIMITS };
const read = (html: string) => readHtml(html, opts);
const paras = (html: string) => read(html).blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
const table = (html: string) => read(html).blocks.find((b): b is Table => b.kind === 'table')!;
const texts = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.lines.join(' / ')));

describe('paragraphs', () => {
  it('one paragraph per p/h*/li, lines split at <br>, in order', () => {
    const ps = paras('<h1>ПРИКАЗ</h1><p>Первая строка<br/>вторая  строка</p><ul><li>пункт один</li><li>пункт два</li></ul><p>  </p>');
    expect(ps.map((p) => p.lines)).toEqual([['ПРИКАЗ'], ['Первая строка', 'вторая строка'], ['пункт один'], ['пункт два']]);
    expect(ps.map((p) => !!p.listItem)).toEqual([false, false, true, true]);
  });

  it('bold only when all of the text is bold', () => {
    const ps = paras('<p><strong>ВСЁ</strong> <b>ЖИРНОЕ</b></p><p><strong>Частично</strong> жирное</p><p style="font-weight:700">Стиль</p>');
    expect(ps.map((p) => p.bold)).toEqual([true, false, true]);
  });

  it('alignment from align, text-align and the class the .docx reader sets', () => {
    const ps = paras('<p align="center">а</p><p style="text-align: right">б</p><p class="roadmap-align-justify">в</p><p>г</p>');
    expect(ps.map((p) => p.align)).toEqual(['center', 'right', 'justify', undefined]);
  });

  it('loose text between blocks is a paragraph; scripts, styles and hidden elements are not text', () => {
    const ps = paras('<body>Вступление<div><p>Внутри</p></div><script>alert(1)</script><style>p{}</style><p hidden>скрыто</p><p style="display:none">тоже</p>Конец</body>');
    expect(ps.map((p) => p.lines.join(' '))).toEqual(['Вступление', 'Внутри', 'Конец']);
  });

  it('links give their text only: no javascript: reaches the model', () => {
    const model = read('<p>См. <a href="javascript:alert(1)">приложение</a> и <a href="http://x.ru">сайт</a></p>');
    expect(JSON.stringify(model)).not.toMatch(/javascript|http:/u);
    expect((model.blocks[0] as Paragraph).lines).toEqual(['См. приложение и сайт']);
  });

  it('tabs are whitespace in HTML files', () => {
    expect(paras('<p>Ректор\t\tО.С. Кольцова</p>')[0]!.lines).toEqual(['Ректор О.С. Кольцова']);
  });
});

describe('tables', () => {
  it('thead rows are the header; th-only first rows too when there is no thead', () => {
    expect(table('<table><thead><tr><th>№</th><th>Мероприятие</th></tr></thead><tbody><tr><td>1</td><td>А</td></tr></tbody></table>').rows.map((r) => !!r.header)).toEqual([true, false]);
    expect(table('<table><tr><th>№</th><th>Мероприятие</th></tr><tr><td>1</td><td>А</td></tr></table>').rows.map((r) => !!r.header)).toEqual([true, false]);
  });

  it('colspan and rowspan: every grid row gets its cells, covered slots a marked copy', () => {
    const t = table(`<table>
      <tr><td rowspan="3">1</td><td colspan="2">Раздел</td></tr>
      <tr><td>а</td><td rowspan="2">срок</td></tr>
      <tr><td>б</td></tr>
      <tr><td>2</td><td>в</td><td>г</td></tr></table>`);
    expect(t.columns).toBe(3);
    expect(texts(t)).toEqual([['1', 'Раздел'], ['1', 'а', 'срок'], ['1', 'б', 'срок'], ['2', 'в', 'г']]);
    expect(t.rows.map((r) => r.cells.map((c) => `${c.colSpan}x${c.rowSpan}${c.spanned ? '*' : ''}`))).toEqual([
      ['1x3', '2x1'],
      ['1x1*', '1x1', '1x2'],
      ['1x1*', '1x1', '1x1*'],
      ['1x1', '1x1', '1x1'],
    ]);
    for (const r of t.rows) expect(r.cells.reduce((n, c) => n + c.colSpan, 0)).toBe(3);
  });

  it('a row covered from the left by a row span keeps its cells in their columns', () => {
    const t = table('<table><tr><td>a</td><td rowspan="2">b</td><td>c</td></tr><tr><td>d</td><td>e</td></tr></table>');
    expect(texts(t)).toEqual([['a', 'b', 'c'], ['d', 'b', 'e']]);
    expect(t.rows[1]!.cells[1]!.spanned).toBe(true);
  });

  it('several paragraphs in a cell are its lines; a nested table is flattened into them', () => {
    const model = read('<table><tr><td><p>Первый</p><p>Второй<br>третий</p></td><td><table><tr><td>А</td><td>Б</td></tr></table><p>после</p></td></tr></table>');
    const t = model.blocks.find((b): b is Table => b.kind === 'table')!;
    expect(model.blocks.filter((b) => b.kind === 'table')).toHaveLength(1);
    expect(t.rows[0]!.cells.map((c) => c.lines)).toEqual([['Первый', 'Второй', 'третий'], ['А', 'Б', 'после']]);
    expect(model.notes.map((n) => n.code)).toContain('nested-table-flattened');
  });

  it('short rows are padded to the grid, with a note', () => {
    const model = read('<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>');
    const t = model.blocks[0] as Table;
    expect(t.rows[1]!.cells).toHaveLength(3);
    expect(model.notes.map((n) => n.code)).toEqual(['table-row-padded']);
  });
});

describe('bytes and limits', () => {
  it('decodes the charset the page declares (windows-1251)', () => {
    const head = Buffer.from('<html><head><meta charset="windows-1251"></head><body><p>', 'latin1');
    // «Приказ» in Windows-1251
    const word = Buffer.from([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7]);
    const model = readHtmlBytes(new Uint8Array(Buffer.concat([head, word, Buffer.from('</p></body></html>')])), opts);
    expect(model.encoding).toBe('windows-1251');
    expect((model.blocks[0] as Paragraph).lines).toEqual(['Приказ']);
  });

  it('nesting deeper than maxXmlDepth is refused as too-large', () => {
    const deep = '<div>'.repeat(600) + 'текст' + '</div>'.repeat(600);
    let err: unknown;
    try {
      read(deep);
    } catch (e) {
      err = e;
    }
    expect(isRoadmapError(err) && err.code).toBe('too-large');
    // within the limit it reads
    expect(paras('<div>'.repeat(100) + 'текст' + '</div>'.repeat(100))[0]!.lines).toEqual(['текст']);
  });
});
