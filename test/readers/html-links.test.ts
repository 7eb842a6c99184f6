// Hyperlink targets in table cells are kept (http and https only); the link text stays the cell text.
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/document/model.js';
import { readHtml } from '../../src/readers/html/read-html.js';
import { DEFAULT_LIMITS } from '../../src/readers/limits.js';

describe('links in cells', () => {
  it('keeps http(s) targets and drops javascript: and mailto:', () => {
    const doc = readHtml(
      `<table><tr><td>Сайт <a href="https://school.example.ru/500">раздел</a>, <a href="javascript:alert(1)">x</a>, <a href="mailto:a@b.ru">почта</a></td><td><a href="http://x.ru/a">ссылка</a> и <a href="http://x.ru/a">она же</a></td></tr></table>`,
      { limits: DEFAULT_LIMITS },
    );
    const table = doc.blocks.find((b): b is Table => b.kind === 'table')!;
    const [a, b] = table.rows[0]!.cells;
    expect(a!.lines.join(' ')).toBe('Сайт раздел, x, почта');
    expect(a!.links).toEqual(['https://school.example.ru/500']);
    expect(b!.links).toEqual(['http://x.ru/a']);
  });
});
