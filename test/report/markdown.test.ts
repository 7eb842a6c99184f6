// The Markdown report's structure: every table keeps its columns whatever the document text holds
// (pipes, asterisks, brackets), and the sections appear only when they have something to say.
import { describe, expect, it } from 'vitest';
import { mdCode, mdText } from '../../src/report/format/markdown-table.js';
import { shorten } from '../../src/report/short-text.js';
import { formatReport } from '../../src/report/index.js';
import { EDGE, SEEDS, reportOf } from './golden-cases.js';

/** Cells of a table line: split on pipes that are not escaped. */
const cells = (line: string) => line.trim().replace(/^\|/u, '').replace(/\|$/u, '').split(/(?<!\\)\|/u);

function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

describe('the Markdown report', () => {
  it.each([
    ['edge cases', [EDGE], '2023-07-01'],
    ['four seeds', SEEDS, '2022-06-15'],
    ['one seed, no day', [SEEDS[2]!], null],
  ] as const)('%s: every row of every table has as many cells as its header', async (_n, inputs, asOf) => {
    const md = formatReport(await reportOf([...inputs], asOf), 'markdown');
    const found = tables(md);
    expect(found.length).toBeGreaterThanOrEqual(asOf ? 6 : 5);
    for (const t of found) {
      const width = cells(t[0]!).length;
      for (const row of t) expect(cells(row), row).toHaveLength(width);
    }
  });

  it('has a status section only with an as-of day', async () => {
    expect(formatReport(await reportOf([SEEDS[2]!], null), 'markdown')).not.toContain('## Состояние');
    expect(formatReport(await reportOf([SEEDS[2]!], '2022-06-15'), 'markdown')).toContain('## Состояние на 15.06.2022');
  });

  it('escapes Markdown in document text and shortens at a word', () => {
    expect(mdText('a | b *c* [d] <e>')).toBe('a \\| b \\*c\\* \\[d\\] \\<e\\>');
    expect(mdCode('000_x.txt')).toBe('`000_x.txt`');
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(shorten('Создание рабочей группы по реализации проекта', 30)).toBe('Создание рабочей группы по…');
    expect(shorten('коротко', 30)).toBe('коротко');
  });
});
