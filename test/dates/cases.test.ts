// Every case of fixtures/dates/cases.jsonl, by the rules of its README: the kind equal and the period SET equal,
// a predicted deadline starting at null or at the act's date; recurrence is not compared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../../src/dates/index.js';

interface Case {
  id: string;
  text: string;
  origin: string;
  ref: { year: number; docDate: string | null };
  kind: string;
  periods: Array<{ start: string | null; end: string }>;
}

const cases: Case[] = readFileSync(fileURLToPath(new URL('../../fixtures/dates/cases.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Case);

function periodSet(c: Case, periods: Array<{ start: string | null; end: string }>): Set<string> {
  // a deadline may be given from the act's date instead of from nowhere
  return new Set(periods.map((p) => `${c.kind === 'deadline' && p.start === c.ref.docDate ? null : p.start}..${p.end}`));
}

describe('fixtures/dates/cases.jsonl', () => {
  it('holds the cases the README describes', () => {
    expect(cases.length).toBeGreaterThan(200);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('reads at least 98% of the cases exactly right, listing every failure', () => {
    const failures: string[] = [];
    for (const c of cases) {
      const { timeframe } = parseTimeframe(c.text, { year: c.ref.year, docDate: c.ref.docDate });
      const want = periodSet(c, c.periods);
      const got = periodSet(c, timeframe.periods);
      const same = timeframe.kind === c.kind && want.size === got.size && [...want].every((k) => got.has(k));
      if (!same) {
        failures.push(
          `${c.id} «${c.text}»: expected ${c.kind} [${[...want].join(', ')}], got ${timeframe.kind} [${[...got].join(', ')}]`,
        );
      }
    }
    const right = cases.length - failures.length;
    console.log(`timeframe cases: ${right}/${cases.length} right (${((100 * right) / cases.length).toFixed(1)}%)`);
    for (const f of failures) console.log(`  FAIL ${f}`);
    expect(right / cases.length).toBeGreaterThanOrEqual(0.98);
  });

  it('gives every case its text back, whitespace collapsed', () => {
    for (const c of cases) {
      const { timeframe } = parseTimeframe(c.text, { year: c.ref.year, docDate: c.ref.docDate });
      expect(timeframe.text).toBe(c.text.replace(/\s+/g, ' ').trim());
    }
  });
});
