// The .docx reader: merged cells, header rows, several paragraphs and a nested table in a cell, the
// signature tab (fixtures/variants/merged-cells.docx); and archives that must be refused before
// mammoth sees them (built in memory by zip-builder.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DocModel, Paragraph, Table } from '../../src/document/model.js';
import { isRoadmapError } from '../../src/errors.js';
import { readDocx } from '../../src/readers/docx/read-docx.js';
import { DEFAULT_LIMITS, type Limits } from '../../src/readers/limits.js';
import { FIXTURES } from '../helpers/fixtures.js';
import { docx, p, zip } from './zip-builder.js';

const opts = (limits: Partial<Limits> = {}) => ({ limits: { ...DEFAULT_LIMITS, ...limits } });

async function code(bytes: Uint8Array, limits: Partial<Limits> = {}): Promise<string> {
  try {
    await readDocx(bytes, opts(limits));
    return 'read';
  } catch (e) {
    return isRoadmapError(e) ? e.code : `unexpected: ${String(e)}`;
  }
}

describe('merged-cells.docx', () => {
  let model: DocModel;
  const get = async () => (model ??= await readDocx(readFileSync(`${FIXTURES}variants/merged-cells.docx`), opts()));

  it('reads the table the WordprocessingML describes', async () => {
    const t = (await get()).blocks.find((b): b is Table => b.kind === 'table')!;
    expect(t.columns).toBe(4);
    expect(t.rows.map((r) => r.cells.map((c) => `${c.colSpan}x${c.rowSpan}${c.spanned ? '*' : ''} ${c.lines.join(' / ')}`))).toEqual([
      ['1x1 Этап', '2x1 Мероприятие и срок', '1x1 Ответственный'],
      ['4x1 Раздел 1. Подготовка'],
      ['1x2 1', '1x1 Создание рабочей группы', '1x1 Февраль 2022 года', '1x1 Управление образования'],
      ['1x1* 1', '1x1 Утверждение плана / Размещение на сайте', '1x1 Март 2022 года', '1x1 Вложенная А / Вложенная Б'],
      ['1x1 2', '1x1 Мониторинг', '2x1 В течение года'],
    ]);
    expect(t.rows.map((r) => !!r.header)).toEqual([true, false, false, false, false]);
  });

  it('keeps <br> lines, bold, alignment and the tab between a position and a name', async () => {
    const ps = (await get()).blocks.filter((b): b is Paragraph => b.kind === 'paragraph');
    expect(ps.map((x) => ({ lines: x.lines, bold: x.bold, align: x.align }))).toEqual([
      { lines: ['ПРИКАЗ'], bold: true, align: 'center' },
      { lines: ['Об утверждении плана', 'с объединёнными ячейками'], bold: true, align: 'center' },
      { lines: ['Ректор\tО.С. Кольцова'], bold: false, align: undefined },
    ]);
    expect((await get()).notes.map((n) => n.code)).toEqual(['nested-table-flattened']);
  });
});

describe('archives refused before mammoth', () => {
  it('a zip bomb (a part that inflates past maxDocxEntryBytes) is too-large', async () => {
    const bomb = docx(p('x'), [{ name: 'word/styles.xml', data: `<a>${' '.repeat(4 * 1024 * 1024)}</a>` }]);
    expect(bomb.length).toBeLessThan(64 * 1024);
    expect(await code(bomb, { maxDocxEntryBytes: 1024 * 1024 })).toBe('too-large');
    // the same part under the inflate-ratio limit alone
    expect(await code(bomb, { maxInflateRatio: 50 })).toBe('too-large');
  });

  it('a part whose declared size lies is corrupt', async () => {
    const liar = docx(p('x'), [{ name: 'word/styles.xml', data: '<w:styles/>'.repeat(100), declaredSize: 10 }]);
    expect(await code(liar)).toBe('corrupt');
  });

  it('a declared size over the limit is too-large without inflating', async () => {
    const huge = docx(p('x'), [{ name: 'word/media/image1.png', data: 'png', store: true, declaredSize: 2 ** 31 }]);
    expect(await code(huge)).toBe('too-large');
  });

  it('no word/document.xml, a truncated archive, not a zip at all: corrupt', async () => {
    expect(await code(zip([{ name: 'xl/workbook.xml', data: '<x/>' }]))).toBe('corrupt');
    const good = docx(p('текст'));
    expect(await code(good.subarray(0, good.length - 30))).toBe('corrupt');
    expect(await code(new Uint8Array(Buffer.from('PK\u0003\u0004 not really a zip')))).toBe('corrupt');
  });

  it('a DTD in a part (external entities) is refused', async () => {
    const xxe = docx('', [
      {
        name: 'word/document.xml',
        data: '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
      },
    ]);
    expect(await code(xxe)).toBe('corrupt');
  });

  it('nesting deeper than maxXmlDepth is too-large, not a stack overflow', async () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(400) + p('глубоко') + '</w:sdtContent></w:sdt>'.repeat(400);
    expect(await code(docx(deep))).toBe('too-large');
    expect(await code(docx(deep), { maxXmlDepth: 2000 })).toBe('read');
  });

  it('a javascript: hyperlink gives its text only', async () => {
    const rels = '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/>';
    const body = '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>ссылка</w:t></w:r></w:hyperlink></w:p>';
    const model = await readDocx(docx(body, [], rels), opts());
    expect(JSON.stringify(model)).not.toMatch(/javascript/u);
    expect((model.blocks[0] as Paragraph).lines).toEqual(['ссылка']);
  });
});
