// The timeframe benchmark: our parser and chrono-node's Russian locale, side by side in one run on the same phrases
// (fixtures/dates/cases.jsonl): accuracy by the rules of fixtures/dates/README.md, and phrases per second.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chronoTimeframe } from './chrono-baseline.js';
import { parseTimeframe } from '../dates/index.js';

interface Case {
  id: string;
  text: string;
  ref: { year: number; docDate: string | null };
  kind: string;
  periods: Array<{ start: string | null; end: string }>;
}

interface Read {
  kind: string;
  periods: Array<{ start: string | null; end: string }>;
}

const CASES = new URL('../../fixtures/dates/cases.jsonl', import.meta.url);

export function loadCases(file: URL = CASES): Case[] {
  return readFileSync(fileURLToPath(file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

/** Right when the kind is right and the set of periods is the expected set; a deadline may start at null or the act's date. */
export function matchesCase(c: Case, got: Read): boolean {
  if (got.kind !== c.kind) return false;
  const key = (p: { start: string | null; end: string }) =>
    `${c.kind === 'deadline' && p.start === c.ref.docDate ? null : p.start}|${p.end}`;
  const want = new Set(c.periods.map(key));
  const have = new Set(got.periods.map(key));
  return want.size === have.size && [...want].every((k) => have.has(k));
}

// chrono needs a reference day to give a yearless phrase its year: the act's date, else the middle of the plan year
function referenceDay(c: Case): Date {
  const iso = c.ref.docDate ?? `${c.ref.year}-07-01`;
  return new Date(`${iso}T12:00:00`);
}

interface Measure {
  right: number;
  perSecond: number;
}

function measure(cases: Case[], read: (c: Case) => Read, budgetMs: number): Measure {
  let right = 0;
  for (const c of cases) if (matchesCase(c, read(c))) right++;
  // warm up, then repeat whole rounds until the time budget is spent
  for (let i = 0; i < 3; i++) for (const c of cases) read(c);
  let rounds = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const c of cases) read(c);
    rounds++;
    elapsed = performance.now() - t0;
  } while (elapsed < budgetMs);
  return { right, perSecond: (rounds * cases.length) / (elapsed / 1000) };
}

function pct(n: number, of: number): string {
  return `${((100 * n) / of).toFixed(1)}%`;
}

function rate(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export async function benchDates(budgetMs = 1500): Promise<string[]> {
  const cases = loadCases();
  const ours = measure(cases, (c) => parseTimeframe(c.text, { year: c.ref.year, docDate: c.ref.docDate }).timeframe, budgetMs);
  const theirs = measure(cases, (c) => chronoTimeframe(c.text, referenceDay(c)), budgetMs);
  const n = cases.length;
  return [
    `timeframes: ${n} phrases of fixtures/dates/cases.jsonl, repeated for ${(budgetMs / 1000).toFixed(1)} s each`,
    `  ours          accuracy ${ours.right}/${n} (${pct(ours.right, n)})  ${rate(ours.perSecond)} phrases/s`,
    `  chrono-node   accuracy ${theirs.right}/${n} (${pct(theirs.right, n)})  ${rate(theirs.perSecond)} phrases/s`,
    `  ours: ${(ours.perSecond / theirs.perSecond).toFixed(1)}× the speed, ${ours.right - theirs.right} more phrases right`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchDates().then(
    (lines) => process.stdout.write(lines.join('\n') + '\n'),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
