// The HTML report as text: one self-contained file (checked in a browser by html-browser.test.ts),
// and document text escaped so it stays text.
import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/report/index.js';
import { EDGE, SEEDS, reportOf } from './golden-cases.js';

describe('the HTML report', () => {
  it('refers to nothing outside itself: no URLs but the SVG namespace, no scripts, no fonts', async () => {
    const html = formatReport(await reportOf(SEEDS, '2022-06-15'), 'html');
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]+/gu)].map((m) => m[0]);
    expect([...new Set(urls)]).toEqual(['http://www.w3.org/2000/svg']);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|@import|@font-face|\bsrc=/iu);
    expect([...html.matchAll(/url\(([^)]*)\)/gu)].every((m) => m[1]!.startsWith('#'))).toBe(true);
  });

  it('escapes document text', async () => {
    const html = formatReport(await reportOf([EDGE], '2023-07-01'), 'html');
    expect(html).toContain('Семинары для учителей «Функциональная грамотность» по пятницам (&quot;ФГ-пятницы&quot;)');
    expect(html).not.toContain('("ФГ-пятницы")');
  });
});
