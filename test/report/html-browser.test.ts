// The HTML report in a real browser (Debian's Chromium driven by playwright-core): the SVG charts render
// with their bars and the as-of line, nothing is fetched from anywhere, no script runs, and printing
// works. Skipped, with a message, where /usr/bin/chromium is absent (apt-get install chromium).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, type Report } from '../../src/report/index.js';
import { ROOT } from '../helpers/cli.js';
import { SEEDS, reportOf } from './golden-cases.js';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`${CHROMIUM} not found: skipping the browser check of the HTML report (apt-get install chromium)`);

/** Screenshots land here for a person to look at (the folder is ignored by git). */
const SHOTS = join(ROOT, 'tmp', 'report');

describe.skipIf(!HAVE_CHROMIUM)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    dir = mkdtempSync(join(tmpdir(), 'roadmap-html-'));
    // playwright gives every launch a fresh temporary profile (it refuses --user-data-dir here)
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Open a report; every request other than the file itself is recorded and refused. */
  async function open(report: Report, name: string) {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, formatReport(report, 'html'));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
    const page = await context.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      const u = route.request().url();
      if (u === url) return route.continue();
      requests.push(u);
      return route.abort();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, requests, errors, context };
  }

  it('draws a chart per section with a bar per dated period, the as-of line, and fetches nothing', async () => {
    const report = await reportOf([SEEDS[0]!], '2022-06-15');
    const { page, requests, errors, context } = await open(report, '000');
    try {
      const sections = report.summary.sections.filter((s) => s.items > 0).length;
      expect(await page.locator('svg.gantt').count()).toBe(sections);
      for (const svg of await page.locator('svg.gantt, svg.load-chart').all()) {
        const box = await svg.boundingBox();
        expect(box!.width).toBeGreaterThan(800);
        expect(box!.height).toBeGreaterThan(40);
      }
      // one bar (a rect, or a diamond for a date or deadline) per period inside the plan year
      const tl = report.timeline!;
      const periods = report.items.flatMap((i) => i.timeframe.periods).filter((p) => p.end >= tl.start && (p.start ?? p.end) <= tl.end);
      expect(await page.locator('svg.gantt .bar').count()).toBe(periods.length);
      const visibleBars = await page.locator('svg.gantt .bar').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 0).length);
      expect(visibleBars).toBe(periods.length);
      // the as-of line: in every chart, at 15 June (day 165 of 365 over the 680 units from x=310)
      const lines = page.locator('svg .as-of line');
      expect(await lines.count()).toBe(sections + 1);
      expect(await lines.first().getAttribute('x1')).toBe(String(Math.round((310 + (165 / 365) * 680) * 10) / 10));
      expect((await lines.first().boundingBox())!.height).toBeGreaterThan(50);
      // overdue bars are red, ongoing blue (the colours the legend shows)
      const colours = await page.locator('svg.gantt g.item').evaluateAll((gs) =>
        gs.map((g) => [g.querySelector('text')?.textContent?.split(' ')[0], g.querySelector('.bar')?.getAttribute('fill')]),
      );
      expect(colours).toContainEqual(['1.1', '#c62828']);
      expect(colours).toContainEqual(['7.3', '#1f6fb2']);
      // self-contained: no scripts, no requests, a CSP that forbids fetching
      expect(await page.evaluate(() => document.scripts.length)).toBe(0);
      expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'none'");
      // a reference to anything outside would show here as a request, or, blocked by the CSP, as a console error
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);

      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, '000-top.png') });
      await page.locator('#timeline').screenshot({ path: join(SHOTS, '000-timeline.png') });
    } finally {
      await context.close();
    }
  });

  it('prints: the print styles apply and a PDF comes out, landscape A4, several pages', async () => {
    const { page, context } = await open(await reportOf([SEEDS[0]!], '2022-06-15'), '000-print');
    try {
      expect(await page.locator('.print-only').isVisible()).toBe(false);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.print-only').isVisible()).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).paddingTop)).toBe('0px');
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      // read back with the project's own pdf.js engine: A4 landscape is 842 × 595 points
      const { openPdf } = await import('../../src/readers/pdf/pdf-engine.js');
      const { doc } = await openPdf(pdf);
      expect(doc.numPages).toBeGreaterThan(2);
      const [, , width, height] = (await doc.getPage(1)).view;
      expect([Math.round(width!), Math.round(height!)]).toEqual([842, 595]);
      const text = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' ');
      expect(text).toContain('Состояние на 15.06.2022');
      await doc.destroy();
      await page.screenshot({ path: join(SHOTS, '000-print.png') });
    } finally {
      await context.close();
    }
  });

  it('the combined report of the four seeds groups the charts by source', async () => {
    const report = await reportOf(SEEDS, '2022-06-15');
    const { page, requests, context } = await open(report, 'all');
    try {
      const captions = await page.locator('#timeline .chart-group h3').allTextContents();
      for (const s of report.sources) expect(captions.some((c) => c.startsWith(s.label))).toBe(true);
      expect(await page.locator('svg.gantt g.item').count()).toBe(report.items.length);
      expect(requests).toEqual([]);
      await page.screenshot({ path: join(SHOTS, 'all-top.png'), fullPage: false });
    } finally {
      await context.close();
    }
  });
});
