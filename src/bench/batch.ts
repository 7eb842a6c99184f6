// The batch benchmark, through the CLI as a user runs it:
// - .txt throughput over a 1,000-file batch with --jobs 1 and --jobs 2, start-up and warm-up counted,
//   next to the machine's own two-process yardstick (a trivial allocating script run twice at once
//   vs once), all interleaved in one run;
// - warm-up: the first 50 documents of a fresh process against its warm cost;
// - how many processes a single-file parse starts.
// Targets (issue 17): ≥ 300 docs/s with --jobs 1; first 50 within 2× of warm; --jobs 2 never slower
// than --jobs 1 and ≥ 90% of the yardstick; a single-file parse starts at most two processes.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.js';
import { fmt, median, timedParallel, timedSync, type Timed } from './measure.js';
import { txtPlan } from './plans.js';
import { WORKER_V8_FLAGS } from '../batch/pool.js';

const BIN = fileURLToPath(new URL('../../bin/roadmap', import.meta.url));
const WARMUP_CHILD = fileURLToPath(new URL('./warmup-child.js', import.meta.url));
const ORDERS = fileURLToPath(new URL('../../fixtures/orders/', import.meta.url));

/** About as long as a 1,000-document batch; allocates as a parser does (short-lived objects). */
const YARDSTICK = 'let k=0;for(let i=0;i<6e6;i++){const o={i,s:"x"+(i&1023)};k+=o.s.length}if(k<0)console.log(k)';

function batch(folder: string, out: string, jobs: number): Timed {
  rmSync(out, { recursive: true, force: true });
  return timedSync(process.execPath, [BIN, 'parse', folder, '--out-dir', out, '--jobs', String(jobs), '--quiet']);
}

/** Runs `roadmap ARGS` and counts the processes it and its descendants were, by polling /proc. */
async function processesStarted(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  const seen = new Set<number>([child.pid!]);
  const walk = (pid: number) => {
    let kids: number[] = [];
    try {
      kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean).map(Number);
    } catch {
      /* gone */
    }
    for (const k of kids) {
      seen.add(k);
      walk(k);
    }
  };
  const timer = setInterval(() => walk(child.pid!), 2);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  return seen.size;
}

export async function benchBatch(quick = false): Promise<string[]> {
  const work = join(tmpdir(), `roadmap-bench-batch-${process.pid}`);
  const folders = buildCorpus(join(work, 'corpus'), { txt: 1000, docx: 0, pdf: 0 });
  const cores = availableParallelism();
  const rounds = quick ? 1 : 3;
  const lines = [`batch: 1,000 .txt orders, roadmap parse DIR --out-dir OUT, ${cores} cores, ${rounds} interleaved round(s), medians; wall (CPU of all processes)`];

  // warm the page cache and the disk before anything is timed
  batch(folders.txt, join(work, 'out-0'), 1);
  const runs = { j1: [] as Timed[], j2: [] as Timed[], y1: [] as Timed[], y2: [] as Timed[] };
  for (let r = 0; r < rounds; r++) {
    runs.y1.push(timedSync(process.execPath, ['-e', YARDSTICK]));
    runs.y2.push(await timedParallel([[process.execPath, ['-e', YARDSTICK]], [process.execPath, ['-e', YARDSTICK]]]));
    runs.j1.push(batch(folders.txt, join(work, 'out-1'), 1));
    runs.j2.push(batch(folders.txt, join(work, 'out-2'), 2));
  }
  const m = (ts: Timed[]) => median(ts.map((t) => t.ms));
  const c = (ts: Timed[]) => median(ts.map((t) => t.cpuMs));
  const rate1 = 1000 / (m(runs.j1) / 1000);
  const rate2 = 1000 / (m(runs.j2) / 1000);
  const gain = rate2 / rate1;
  // the yardstick: what two processes give on this machine right now (2.00× on two idle cores)
  const yard = (2 * m(runs.y1)) / m(runs.y2);
  const failed = [1, 2].some((j) => {
    try {
      const s = JSON.parse(readFileSync(join(work, `out-${j}`, 'summary.json'), 'utf8')) as { inputs: Array<{ status: string }> };
      return s.inputs.some((e) => e.status !== 'ok');
    } catch {
      return true;
    }
  });
  lines.push(
    `  --jobs 1: ${fmt(rate1).padStart(6)} docs/s  (${fmt(m(runs.j1) / 1000, 2)} s, ${fmt(c(runs.j1) / 1000, 2)} s CPU: ${fmt(1000 / (c(runs.j1) / 1000))} docs per CPU-second)   target ≥ 300 docs/s: ${rate1 >= 300 ? 'met' : 'NOT met'}`,
    `  --jobs 2: ${fmt(rate2).padStart(6)} docs/s  (${fmt(m(runs.j2) / 1000, 2)} s, ${fmt(c(runs.j2) / 1000, 2)} s CPU)   ${gain.toFixed(2)}× --jobs 1   | machine's yardstick: two processes give ${yard.toFixed(2)}× one (${fmt(m(runs.y1))} ms once, ${fmt(m(runs.y2))} ms twice at once)`,
    `    --jobs 2 never slower than --jobs 1: ${gain >= 1 ? 'met' : 'NOT met'}; ≥ 90% of the yardstick: ${(gain / yard).toFixed(2)} of it, ${gain >= 0.9 * yard ? 'met' : 'NOT met'}${failed ? '   (some documents FAILED)' : ''}`,
  );

  // warm-up of one fresh process (with the workers' V8 flags) over the same 1,000 documents
  const files = readdirSync(folders.txt).sort().map((f) => join(folders.txt, f));
  const w = await new Promise<{ ms: number[]; cpuMs: number[] }>((resolve, reject) => {
    const child = spawn(process.execPath, [...WORKER_V8_FLAGS, WARMUP_CHILD, ...files], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as { ms: number[]; cpuMs: number[] }) : reject(new Error(`warm-up child exited ${code}`))));
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const warm = (xs: number[]) => median(xs.slice(500));
  const first = (xs: number[]) => mean(xs.slice(0, 50));
  const wallRatio = first(w.ms) / warm(w.ms);
  const cpuRatio = first(w.cpuMs) / warm(w.cpuMs);
  lines.push(
    `  warm-up (one fresh process, the same 1,000 .txt): first 50 documents ${fmt(first(w.ms), 2)} ms each (${fmt(first(w.cpuMs), 2)} CPU), next 50 ${fmt(mean(w.ms.slice(50, 100)), 2)}, documents 100–500 ${fmt(mean(w.ms.slice(100, 500)), 2)}, warm (median after 500) ${fmt(warm(w.ms), 2)} ms (${fmt(warm(w.cpuMs), 2)} CPU)`,
    `    first 50 / warm: ${wallRatio.toFixed(2)}× (${cpuRatio.toFixed(2)}× CPU)   target ≤ 2×: ${wallRatio <= 2 ? 'met' : 'NOT met'}${cpuRatio <= 2 ? '' : ' (CPU: not met)'}`,
  );

  // processes a single-file parse starts (the CLI and at most one worker)
  const big = txtPlan(work, 2000);
  const counts: string[] = [];
  for (const [label, file] of [
    ['.docx', `${ORDERS}003_77b42d29d9c320cf.docx`],
    ['.pdf', `${ORDERS}003_77b42d29d9c320cf.pdf`],
    ['.txt over 256 KB', big],
    ['.txt', `${ORDERS}003_77b42d29d9c320cf.txt`],
  ] as const) {
    counts.push(`${label} ${await processesStarted(['parse', file])}`);
  }
  const worst = Math.max(...counts.map((s) => Number(s.split(' ').at(-1))));
  lines.push(`  processes started by roadmap parse ONE-FILE: ${counts.join(', ')}   target ≤ 2: ${worst <= 2 ? 'met' : 'NOT met'}`);
  rmSync(work, { recursive: true, force: true });
  return lines;
}
