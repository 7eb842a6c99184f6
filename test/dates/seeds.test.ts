// The timeframes of the four seed golds (fixtures/orders/*.expected.json): read in the plan year 2022 with the act's date,
// each gives exactly the gold's kind and periods (in order, with precision). Where the gold has a recurrence we must
// have one too; differences in its free-text wording are reported, not failed.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../../src/dates/index.js';
import type { Timeframe } from '../../src/model/timeframe.js';

const DIR = fileURLToPath(new URL('../../fixtures/orders/', import.meta.url));

interface Gold {
  document: { date: string };
  roadmaps: Array<{ items: Array<{ number: string | null; timeframe: Timeframe }> }>;
}

const seeds = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((file) => ({ file, gold: JSON.parse(readFileSync(DIR + file, 'utf8')) as Gold }));

describe('seed golds', () => {
  it('are the four seeds', () => {
    expect(seeds.length).toBe(4);
  });

  for (const { file, gold } of seeds) {
    const items = gold.roadmaps.flatMap((r) => r.items).filter((i) => i.timeframe?.text);
    it(`${file}: every timeframe has the gold's kind and periods`, () => {
      expect(items.length).toBeGreaterThan(0);
      const wording: string[] = [];
      for (const item of items) {
        const want = item.timeframe;
        const got = parseTimeframe(want.text!, { year: 2022, docDate: gold.document.date }).timeframe;
        expect({ item: item.number, text: want.text, kind: got.kind, periods: got.periods }).toEqual({
          item: item.number,
          text: want.text,
          kind: want.kind,
          periods: want.periods,
        });
        if (want.recurrence !== null) expect(got.recurrence, `recurrence of «${want.text}»`).not.toBeNull();
        if (want.recurrence !== got.recurrence) {
          wording.push(`«${want.text}»: gold ${JSON.stringify(want.recurrence)}, ours ${JSON.stringify(got.recurrence)}`);
        }
      }
      for (const w of wording) console.log(`  recurrence wording differs in ${file}: ${w}`);
    });
  }
});
