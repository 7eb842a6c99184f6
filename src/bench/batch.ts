// The batch benchmark: documents per second for each format with 1 and 2 jobs through the CLI,
// peak memory (the conductor alone and with its workers), per-document p50/p95, the start-up time
// of `roadmap --version`, and end-to-end parse time next to the readers it builds on.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBytes } from '../api.js';
import { buildCorpus, FORMATS, type Format } from './corpus.js';

const BIN = fileURLToPath(new URL('../../bin/roadmap', import.meta.url));

interface RunResult {
  seconds: number;
  peakMainMb: number;
  peakTotalMb: number;
  perDocMs: number[];
  failed: number;
  docs: number;
}

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/u).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Runs `roadmap parse <folder> --out-dir …` and samples the memory of it and its workers. */
async function runCli(folder: string, jobs: number, out: string): Promise<RunResult> {
  rmSync(out, { recursive: true, force: true });
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'parse', folder, '--out-dir', out, '--jobs', String(jobs), '--quiet'], { stdio: 'ignore' });
  let peakMain = 0;
  let peakTotal = 0;
  const timer = setInterval(() => {
    const main = rssKb(child.pid!);
    const kids = childrenOf(child.pid!).reduce((s, p) => s + rssKb(p) + childrenOf(p).reduce((t, q) => t + rssKb(q), 0), 0);
    peakMain = Math.max(peakMain, main);
    peakTotal = Math.max(peakTotal, main + kids);
  }, 25);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { inputs: Array<{ status: string; ms?: number }> };
  return {
    seconds,
    peakMainMb: peakMain / 1024,
    peakTotalMb: peakTotal / 1024,
    perDocMs: summary.inputs.filter((e) => e.ms !== undefined).map((e) => e.ms!),
    failed: summary.inputs.filter((e) => e.status === 'failed').length,
    docs: summary.inputs.length,
  };
}

function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function startupMs(runs = 11): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, [BIN, '--version'], { stdio: 'ignore' });
    times.push(performance.now() - t0);
  }
  return percentile(times, 50);
}

/** End to end in this process (read + extract + validate), median per document, per format. */
async function inProcessMs(folder: string, n: number): Promise<number> {
  const files = readdirSync(folder).slice(0, n).map((f) => readFileSync(join(folder, f)));
  for (const b of files.slice(0, 4)) await parseBytes(b);
  const times: number[] = [];
  for (const b of files) {
    const t0 = performance.now();
    const model = await parseBytes(b);
    JSON.stringify(model);
    times.push(performance.now() - t0);
  }
  return percentile(times, 50);
}

/**
 * Documents per format: enough .txt for the workers to warm up (V8 needs a few hundred documents), fewer of the
 * slower formats; 1,600 in all. The mixed run takes the first 1,000 of them (600 .txt, 200 .docx, 200 .pdf).
 */
const COUNTS: Record<Format, number> = { txt: 1000, docx: 300, pdf: 300 };
const MIXED: Record<Format, number> = { txt: 600, docx: 200, pdf: 200 };

export async function benchBatch(): Promise<string[]> {
  const work = join(tmpdir(), `roadmap-bench-${process.pid}`);
  const dir = join(work, 'corpus');
  const outs = join(work, 'out');
  const folders = buildCorpus(dir, COUNTS);
  buildCorpus(join(work, 'mixed'), MIXED);
  const total = FORMATS.reduce((n, f) => n + COUNTS[f], 0);
  const lines = [
    `batch: ${total} documents (${FORMATS.map((f) => `${COUNTS[f]} .${f}`).join(', ')}), roadmap parse DIR --out-dir, on ${(await import('node:os')).availableParallelism()} cores`,
  ];
  lines.push('  format  jobs   docs/s   speed-up   p50 ms   p95 ms   peak RSS conductor / with workers');
  const rates: Record<string, number> = {};
  for (const format of FORMATS) {
    for (const jobs of [1, 2]) {
      const r = await runCli(folders[format], jobs, join(outs, `${format}-${jobs}`));
      const rate = r.docs / r.seconds;
      rates[`${format}-${jobs}`] = rate;
      const speedup = jobs === 2 ? `${(rate / rates[`${format}-1`]!).toFixed(2)}×` : '';
      lines.push(
        `  ${format.padEnd(6)} ${String(jobs).padStart(4)} ${rate.toFixed(1).padStart(8)} ${speedup.padStart(10)} ${percentile(r.perDocMs, 50).toFixed(1).padStart(8)} ${percentile(r.perDocMs, 95).toFixed(1).padStart(8)}   ${r.peakMainMb.toFixed(0)} MB / ${r.peakTotalMb.toFixed(0)} MB${r.failed ? `  (${r.failed} failed!)` : ''}`,
      );
    }
  }
  const all = await runCli(join(work, 'mixed'), 2, join(outs, 'all'));
  lines.push(
    `  mixed ${all.docs} documents, 2 jobs: ${(all.docs / all.seconds).toFixed(1)} docs/s, peak RSS ${all.peakMainMb.toFixed(0)} MB conductor, ${all.peakTotalMb.toFixed(0)} MB with workers${all.failed ? `, ${all.failed} failed!` : ''}`,
  );
  const txtFloor = await txtReadFloor(folders.txt);
  const e2e: Record<Format, number> = { txt: 0, docx: 0, pdf: 0 };
  for (const f of FORMATS) e2e[f] = await inProcessMs(folders[f], 60);
  lines.push(`  end to end in one process, median per document: txt ${e2e.txt.toFixed(2)} ms, docx ${e2e.docx.toFixed(2)} ms, pdf ${e2e.pdf.toFixed(2)} ms (reading the .txt bytes alone: ${txtFloor.toFixed(3)} ms)`);
  lines.push(`  start-up: roadmap --version ${startupMs().toFixed(0)} ms (median of 11)`);
  rmSync(work, { recursive: true, force: true });
  return lines;
}

async function txtReadFloor(folder: string): Promise<number> {
  const names = readdirSync(folder).slice(0, 200);
  const t0 = performance.now();
  for (const n of names) readFileSync(join(folder, n));
  return (performance.now() - t0) / names.length;
}

export const E2E_FORMATS: readonly Format[] = FORMATS;
