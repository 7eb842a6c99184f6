// npm run accuracy: the parser scored against every expected JSON in fixtures/, item field by item field,
// with a table per format, per layout (fixture group) and per field, so a regression shows as one number.
// An expected item the parser lost counts every field wrong; an item it invented counts every field wrong.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseFile } from '../api.js';
import type { Item } from '../model/roadmap.js';
import { collapse } from '../normalize/text.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const FIXTURES = join(ROOT, 'fixtures');

export const FIELDS = ['number', 'section', 'activity', 'timeframe', 'responsible', 'result', 'indicator', 'info', 'report', 'extra', 'links'] as const;
type Field = (typeof FIELDS)[number];

interface Case {
  file: string;
  format: 'txt' | 'docx' | 'pdf';
  layout: string;
  expected: string;
}

/** Inputs beside each expected JSON, in every format; scans and damaged files are other suites' business. */
export function findCases(): Case[] {
  const cases: Case[] = [];
  const formatOf = (f: string): Case['format'] | null =>
    f.endsWith('.scan.pdf') || f.startsWith('encrypted') ? null : f.endsWith('.docx') ? 'docx' : f.endsWith('.pdf') ? 'pdf' : f.endsWith('.txt') ? 'txt' : null;
  const add = (dir: string, stem: string, expected: string, layout: string) => {
    for (const f of readdirSync(dir).sort()) {
      if (!f.startsWith(stem)) continue;
      const format = formatOf(f);
      // lossy code pages drop «», № and dashes: their text cannot match; the .as-utf8 copies are decoding checks
      if (!format || /\.(?:koi8r|cp866)(?:\.as-utf8)?\.txt$/u.test(f)) continue;
      cases.push({ file: join(dir, f), format, layout, expected });
    }
  };
  const orders = join(FIXTURES, 'orders');
  for (const f of readdirSync(orders).filter((f) => f.endsWith('.expected.json'))) {
    const stem = f.replace(/\.expected\.json$/u, '');
    add(orders, stem + '.', join(orders, f), 'orders');
    add(join(FIXTURES, 'txt-variants'), stem + '.', join(orders, f), 'txt-variants');
  }
  const genre = join(FIXTURES, 'genre');
  for (const f of readdirSync(genre).filter((f) => f.endsWith('.expected.json'))) add(genre, f.replace(/\.expected\.json$/u, '.'), join(genre, f), 'genre');
  const layouts = join(FIXTURES, 'layouts');
  if (existsSync(layouts)) {
    for (const id of readdirSync(layouts).sort()) {
      const dir = join(layouts, id);
      if (!statSync(dir).isDirectory() || !existsSync(join(dir, 'expected.json'))) continue;
      add(dir, '', join(dir, 'expected.json'), id);
    }
  }
  return cases;
}

const norm = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' ? collapse(x) : x));

function fieldValue(item: Item, field: Field): unknown {
  if (field === 'timeframe') return { kind: item.timeframe.kind, periods: item.timeframe.periods };
  if (field === 'extra') return Object.fromEntries(Object.entries(item.extra ?? {}).sort());
  return item[field];
}

/** Expected items paired with the parser's: by roadmap, then by item number where both have unique ones, else by order. */
function pairItems(expected: Item[], actual: Item[]): Array<[Item | null, Item | null]> {
  const unique = (items: Item[]) => {
    const nums = items.map((i) => i.number);
    return nums.every((n) => n !== null) && new Set(nums).size === nums.length;
  };
  if (unique(expected) && unique(actual)) {
    const byNumber = new Map(actual.map((i) => [i.number, i]));
    const pairs: Array<[Item | null, Item | null]> = expected.map((e) => [e, byNumber.get(e.number) ?? null]);
    const used = new Set(pairs.map(([, a]) => a));
    for (const a of actual) if (!used.has(a)) pairs.push([null, a]);
    return pairs;
  }
  const n = Math.max(expected.length, actual.length);
  return Array.from({ length: n }, (_, i) => [expected[i] ?? null, actual[i] ?? null]);
}

export interface Tally {
  right: number;
  total: number;
}

export interface Score {
  file: string;
  format: Case['format'];
  layout: string;
  fields: Record<Field, Tally>;
  misses: string[];
}

export async function scoreCase(c: Case): Promise<Score> {
  const expected = JSON.parse(readFileSync(c.expected, 'utf8')) as { roadmaps: Array<{ items: Item[] }> };
  const fields = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, Tally>;
  const misses: string[] = [];
  let actual: Array<{ items: Item[] }> = [];
  try {
    actual = (await parseFile(c.file)).roadmaps;
  } catch (e) {
    misses.push(`unreadable: ${(e as Error).message}`);
  }
  const roadmaps = Math.max(expected.roadmaps.length, actual.length);
  for (let r = 0; r < roadmaps; r++) {
    for (const [e, a] of pairItems(expected.roadmaps[r]?.items ?? [], actual[r]?.items ?? [])) {
      for (const f of FIELDS) {
        fields[f].total++;
        const ok = e !== null && a !== null && norm(fieldValue(e, f)) === norm(fieldValue(a, f));
        if (ok) fields[f].right++;
        else if (misses.length < 400) misses.push(`roadmap ${r} item ${e?.number ?? a?.number ?? '?'} ${f}: expected ${e ? norm(fieldValue(e, f)) : '(no item)'}, got ${a ? norm(fieldValue(a, f)) : '(no item)'}`);
      }
    }
  }
  return { file: relative(ROOT, c.file), format: c.format, layout: c.layout, fields, misses };
}

const pct = (t: Tally) => (t.total === 0 ? '—' : `${((100 * t.right) / t.total).toFixed(1)}%`);
const sum = (ts: Tally[]): Tally => ts.reduce((a, t) => ({ right: a.right + t.right, total: a.total + t.total }), { right: 0, total: 0 });
const all = (s: Score) => sum(Object.values(s.fields));

function table(title: string, head: string[], rows: string[][]): string {
  const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join(' | ') + ' |';
  return [`\n${title}\n`, line(head), '| ' + width.map((w, i) => (i === 0 ? '-'.repeat(w) : '-'.repeat(w - 1) + ':')).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

export function report(scores: Score[]): string {
  const formats = ['txt', 'docx', 'pdf'] as const;
  const of = (pred: (s: Score) => boolean, field?: Field) => sum(scores.filter(pred).map((s) => (field ? s.fields[field] : all(s))));
  const out: string[] = [];
  out.push(table('Item fields right, per format', ['format', 'files', 'fields', 'right'], [
    ...formats.map((f) => [f, String(scores.filter((s) => s.format === f).length), String(of((s) => s.format === f).total), pct(of((s) => s.format === f))]),
    ['all', String(scores.length), String(of(() => true).total), pct(of(() => true))],
  ]));
  const layouts = [...new Set(scores.map((s) => s.layout))];
  out.push(table('Per layout', ['layout', ...formats, 'all'], layouts.map((l) => [l, ...formats.map((f) => pct(of((s) => s.layout === l && s.format === f))), pct(of((s) => s.layout === l))])));
  out.push(table('Per field', ['field', ...formats, 'all'], FIELDS.map((fd) => [fd, ...formats.map((f) => pct(of((s) => s.format === f, fd))), pct(of(() => true, fd))])));
  return out.join('\n') + '\n';
}

async function main(): Promise<void> {
  const verbose = process.argv.includes('--misses');
  const scores: Score[] = [];
  for (const c of findCases()) scores.push(await scoreCase(c));
  process.stdout.write(report(scores));
  if (verbose) {
    for (const s of scores) if (s.misses.length) process.stdout.write(`\n${s.file}:\n  ${s.misses.join('\n  ')}\n`);
  } else process.stdout.write('\n(--misses lists every field that differs)\n');
}

if (process.argv[1] && basename(process.argv[1]) === 'accuracy.js') await main();
