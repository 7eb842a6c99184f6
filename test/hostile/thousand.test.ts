// A batch of 1,000 mixed documents, 5% of them hostile: every good one converts to the model it gets
// alone, the conductor stays under 300 MB. Slow (minutes), so it runs only with ROADMAP_THOUSAND=1:
//   ROADMAP_THOUSAND=1 npx vitest run test/hostile/thousand.test.ts
// It prints the wall time and the peak RSS of the conductor and of the largest worker.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { CASES } from './cases.js';
import { tmp } from './fixture-dir.js';
import { start } from './run-cli.js';

const TOTAL = 1000;
const HOSTILE = 50;

/** Every fixture document that reads, in every format we have it in. */
function goodSources(): string[] {
  const pick = (dir: string, re: RegExp) => readdirSync(`${FIXTURES}${dir}`).filter((f) => re.test(f) && !f.includes('.scan.')).map((f) => `${FIXTURES}${dir}/${f}`);
  return [
    ...pick('orders', /\.(txt|docx|pdf)$/u),
    ...pick('genre', /\.(txt|docx|pdf|html)$/u),
    ...pick('variants', /^(merged-cells|long-table|borderless)\.(docx|pdf)$/u),
    ...pick('txt-variants', /\.txt$/u).filter((f) => !f.endsWith('.as-utf8.txt')),
  ].filter((f) => existsSync(f));
}

interface Summary {
  counts: Record<string, number>;
  inputs: Array<{ input: string; output: string | null; status: string; code?: string }>;
}

/** Peak RSS (VmHWM) of each live child of `pid`, sampled: workers are read before they are recycled. */
function sampleChildren(pid: number, peaks: Map<number, number>): void {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      if (Number(/PPid:\s*(\d+)/u.exec(status)?.[1]) !== pid) continue;
      const kb = Number(/VmHWM:\s*(\d+)/u.exec(status)?.[1] ?? 0);
      peaks.set(Number(entry), Math.max(peaks.get(Number(entry)) ?? 0, kb));
    } catch {
      // gone between the listing and the read
    }
  }
}

const comparable = (text: string) => {
  const m = JSON.parse(text) as { source: { file: string } };
  m.source.file = '';
  return JSON.stringify(m);
};

describe.skipIf(!process.env.ROADMAP_THOUSAND)('1,000 mixed documents, 5% hostile', () => {
  it('converts every good one as it converts alone, with the conductor under 300 MB', async () => {
    const work = tmp('roadmap-thousand-');
    const sources = goodSources();

    // each distinct good document alone: the reference models
    mkdirSync(join(work, 'ref-in'));
    sources.forEach((s, i) => copyFileSync(s, join(work, 'ref-in', `${String(i).padStart(3, '0')}-${basename(s)}`)));
    const ref = start(['parse', 'ref-in', '--out-dir', 'ref-out', '--quiet'], { cwd: work });
    const refRun = await ref.done;
    expect(refRun.code, refRun.stderr).toBe(0);
    const reference = new Map<number, string>();
    for (const e of (JSON.parse(readFileSync(join(work, 'ref-out', 'summary.json'), 'utf8')) as Summary).inputs) {
      reference.set(Number(basename(e.input).slice(0, 3)), comparable(readFileSync(e.output!, 'utf8')));
    }

    // 950 copies of them and 50 hostile files, shuffled by name
    mkdirSync(join(work, 'in'));
    const failing = CASES.filter((c) => 'code' in c.expect && c.id !== 'txt-100mb-single-line');
    const made = new Map<string, Uint8Array>();
    const origin = new Map<string, number>();
    for (let k = 0; k < TOTAL; k++) {
      const name = `${String((k * 7919) % TOTAL).padStart(4, '0')}`;
      if (k < HOSTILE) {
        const c = k === 0 ? CASES.find((x) => x.id === 'txt-100mb-single-line')! : failing[k % failing.length]!;
        if (!made.has(c.id)) made.set(c.id, await c.make({ dir: work, url: 'http://127.0.0.1:9', fifo: join(work, 'none') }));
        writeFileSync(join(work, 'in', `${name}-${c.file}`), made.get(c.id)!);
      } else {
        const i = k % sources.length;
        const file = `${name}-${basename(sources[i]!)}`;
        copyFileSync(sources[i]!, join(work, 'in', file));
        origin.set(file, i);
      }
    }

    const run = start(['parse', 'in', '--out-dir', 'out', '--quiet'], { cwd: work });
    const peaks = new Map<number, number>();
    const timer = setInterval(() => sampleChildren(run.child.pid!, peaks), 100);
    const r = await run.done;
    clearInterval(timer);

    const summary = JSON.parse(readFileSync(join(work, 'out', 'summary.json'), 'utf8')) as Summary;
    const workerMb = Math.max(...peaks.values()) / 1024;
    console.log(
      `1,000 documents (${TOTAL - HOSTILE} good, ${HOSTILE} hostile) on ${peaks.size} worker process(es): ` +
        `${(r.ms / 1000).toFixed(1)} s wall, conductor peak RSS ${r.conductorMb.toFixed(0)} MB, ` +
        `largest worker peak RSS ${workerMb.toFixed(0)} MB; counts ${JSON.stringify(summary.counts)}`,
    );
    expect(r.code).toBe(1);
    expect(summary.counts).toMatchObject({ ok: TOTAL - HOSTILE, failed: HOSTILE, interrupted: 0 });
    expect(r.conductorMb).toBeLessThan(300);
    let checked = 0;
    for (const e of summary.inputs) {
      const i = origin.get(basename(e.input));
      if (i === undefined) continue;
      expect(e.status, e.input).toBe('ok');
      expect(comparable(readFileSync(e.output!, 'utf8')), e.input).toBe(reference.get(i));
      checked++;
    }
    expect(checked).toBe(TOTAL - HOSTILE);
    rmSync(work, { recursive: true, force: true });
  }, 1_200_000);
});
