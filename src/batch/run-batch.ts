// The batch conductor: inputs -> worker pool -> outputs (one file each, NDJSON or a JSON array on
// stdout), with progress, per-input failures that never stop the rest, and a summary.
import { open, readdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isTempName, makeDirs, probeWritable, tempPrefixFor, writeFailed, writeFileAtomic } from '../io/atomic-write.js';
import { RoadmapError } from '../errors.js';
import { errorLine } from '../io/error-line.js';
import type { Input } from '../io/inputs.js';
import type { Limits } from '../readers/limits.js';
import type { Lang } from '../messages/lang.js';
import { placeOutputs, realPath } from './output-paths.js';
import { WorkerPool } from './pool.js';
import { Progress, type ProgressSink } from './progress.js';
import type { JobMessage, JobResult } from './protocol.js';
import { countEntries, type Summary, type SummaryEntry } from './summary.js';

export interface BatchOptions {
  inputs: Input[];
  /** One file per input in this folder; else the models go to stdout. */
  outDir?: string;
  /** On stdout: one model per line (else a JSON array). */
  ndjson: boolean;
  format: 'json' | 'yaml';
  pretty: boolean;
  jobs: number;
  timeoutMs: number;
  /** Memory of each worker, MB (see WorkerPool). */
  memoryMb: number;
  limits: Partial<Limits>;
  force: boolean;
  incremental: boolean;
  failFast: boolean;
  quiet: boolean;
  /** The language of messages and of the models' diagnostics. */
  lang?: Lang;
  version: string;
  stdout: { write(s: string): boolean | unknown; once?(event: 'drain', cb: () => void): unknown };
  /** How --out-dir is named in messages (as the user gave it). */
  outDirShown?: string;
  stderr: ProgressSink;
  signal?: AbortSignal;
}

export interface BatchOutcome {
  entries: SummaryEntry[];
  interrupted: boolean;
  /** The batch stopped because outputs cannot be written at all (a read-only, full or unmakeable --out-dir). */
  stopped?: RoadmapError;
  /** summary.json could not be written (with --out-dir): why. */
  summaryFailed?: RoadmapError;
}

/** The summary's name in --out-dir: no input's output may take it. */
const SUMMARY = 'summary.json';

// a worker gets fast only after some hundred documents (V8 warms up): recycle rarely, the heap limit guards it
const RECYCLE_AFTER = 5000;

export async function runBatch(o: BatchOptions): Promise<BatchOutcome> {
  const startedAt = new Date().toISOString();
  const ext = o.format === 'yaml' ? '.yaml' : '.json';
  const placed = o.outDir ? placeOutputs(o.inputs, o.outDir, ext, [SUMMARY]) : null;
  // by real path: an --out-dir that is a link into the input tree must not write over an input
  const inputSet = new Set(o.inputs.map((i) => realPath(i.abs)));
  const entries: SummaryEntry[] = o.inputs.map((i, k) => ({ input: i.path, output: placed ? placed[k]!.out : null, status: 'interrupted' }));
  const progress = new Progress(o.inputs.length, o.stderr, o.quiet, o.lang);

  // an output folder that cannot be made or written fails every input alike: stop before starting
  if (o.outDir) {
    try {
      makeDirs(o.outDir);
      probeWritable(o.outDir);
    } catch (e) {
      return { entries, interrupted: false, stopped: writeFailed(o.outDirShown ?? o.outDir, e) };
    }
  }

  // decide each input's job before starting: an existing output is kept unless --force or --incremental
  const jobs: Array<JobMessage | null> = [];
  for (let k = 0; k < o.inputs.length; k++) {
    const input = o.inputs[k]!;
    const job: JobMessage = { type: 'job', id: k, abs: input.abs, file: input.path, format: o.format, pretty: o.pretty, limits: o.limits, ...(o.lang ? { lang: o.lang } : {}) };
    // the worker writes the output itself: the model never crosses the pipe
    if (placed) job.out = placed[k]!.out;
    const out = placed?.[k]?.out;
    if (out && inputSet.has(realPath(out))) {
      fail(entries[k]!, 'would-overwrite-input', 'its output path is an input file; not written');
      progress.tick(false, failureLine(entries[k]!, o.lang));
      jobs.push(null);
      continue;
    }
    if (out && !o.force) {
      const recorded = await recordedHash(out);
      if (recorded !== undefined) {
        if (!o.incremental) {
          fail(entries[k]!, 'exists', `${out} exists; use --force to replace it or --incremental to skip unchanged inputs`);
          progress.tick(false, failureLine(entries[k]!, o.lang));
          jobs.push(null);
          continue;
        }
        if (recorded) job.unchangedIf = recorded;
      }
    }
    jobs.push(job);
  }

  const todo = jobs.filter((j): j is JobMessage => j !== null);
  const pool = todo.length ? new WorkerPool({ size: Math.max(1, Math.min(o.jobs, todo.length)), timeoutMs: o.timeoutMs, memoryMb: o.memoryMb, recycleAfter: RECYCLE_AFTER }) : null;
  let interrupted = false;
  let stopped: RoadmapError | undefined;
  const onAbort = () => {
    interrupted = true;
    pool?.close();
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });

  // stdout output keeps the inputs' order: results wait in `ready` until their turn
  const ready = new Map<number, string | null>();
  let nextOut = 0;
  let first = true;
  if (!o.outDir && !o.ndjson) await write(o.stdout, '[');
  const flushStdout = async () => {
    while (ready.has(nextOut) || (nextOut < jobs.length && jobs[nextOut] === null)) {
      const text = ready.get(nextOut);
      ready.delete(nextOut);
      nextOut++;
      if (text == null) continue;
      if (o.ndjson) await write(o.stdout, text.trimEnd() + '\n');
      else {
        await write(o.stdout, (first ? '\n' : ',\n') + text.trimEnd());
        first = false;
      }
    }
  };

  await Promise.all(
    todo.map(async (job) => {
      const result: JobResult = await pool!.run(job);
      const entry = entries[job.id]!;
      if (result.ok) {
        entry.sha256 = result.sha256;
        if ('unchanged' in result) {
          entry.status = 'unchanged';
          ready.set(job.id, null);
        } else {
          entry.items = result.items;
          entry.ms = result.ms;
          entry.status = 'ok';
          // a worker that wrote its output itself sends no text; else the text goes to stdout in order
          if (!('written' in result)) ready.set(job.id, result.text);
        }
      } else if (result.code === 'interrupted') {
        entry.status = 'interrupted';
        ready.set(job.id, null);
      } else {
        fail(entry, result.code, result.message);
        ready.set(job.id, null);
        // a full disk or a read-only folder would fail every input that follows, each after its reading
        if (result.forAll !== undefined && !stopped) {
          stopped = new RoadmapError('write-failed', `cannot write ${o.outDirShown ?? o.outDir} (${result.forAll})`);
          pool!.close();
        }
        if (o.failFast && !interrupted) {
          interrupted = true;
          pool!.close();
        }
      }
      if (entry.status !== 'interrupted') progress.tick(entry.status !== 'failed', entry.status === 'failed' ? failureLine(entry, o.lang) : undefined);
      if (!o.outDir) await flushStdout();
    }),
  );
  if (!o.outDir) {
    await flushStdout();
    if (!o.ndjson) await write(o.stdout, first ? ']\n' : '\n]\n');
  }
  if (pool) await pool.drain();
  o.signal?.removeEventListener('abort', onAbort);
  progress.end();
  // a worker killed while writing (Ctrl-C, a time limit) may leave its temporary file behind
  if (placed) await removeTempFiles(entries.filter((e) => e.status !== 'ok' && e.status !== 'unchanged' && e.output).map((e) => e.output!));

  if (o.outDir) {
    const summary: Summary = {
      tool: 'roadmap',
      version: o.version,
      startedAt,
      finishedAt: new Date().toISOString(),
      counts: countEntries(entries),
      inputs: entries,
    };
    const path = `${o.outDir.replace(/[/\\]+$/u, '')}/${SUMMARY}`;
    try {
      await writeFileAtomic(path, JSON.stringify(summary, null, 2) + '\n');
    } catch (e) {
      return { entries, interrupted, ...(stopped ? { stopped } : {}), summaryFailed: e as RoadmapError };
    }
  }
  return { entries, interrupted, ...(stopped ? { stopped } : {}) };
}

function fail(entry: SummaryEntry, code: string, message: string): void {
  entry.status = 'failed';
  entry.code = code;
  entry.message = message;
}

function failureLine(e: SummaryEntry, lang?: Lang): string {
  return errorLine(e.input, e.message ?? '', e.code ?? 'internal', lang);
}

/** The source hash an earlier run recorded in an output: undefined when there is no output, null when unreadable. */
async function recordedHash(path: string): Promise<string | null | undefined> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    const m = /"?sha256"?\s*:\s*"?([0-9a-f]{64})/u.exec(buf.subarray(0, bytesRead).toString('utf8'));
    return m ? m[1]! : null;
  } finally {
    await handle.close();
  }
}

function write(stream: BatchOptions['stdout'], text: string): Promise<void> {
  return new Promise((resolve) => {
    const ok = stream.write(text);
    if (ok === false && stream.once) stream.once('drain', () => resolve());
    else resolve();
  });
}

/** Remove the temporary files a killed writer may have left beside these outputs (names as atomic-write makes them). */
export async function removeTempFiles(outputs: string[]): Promise<void> {
  const byDir = new Map<string, string[]>();
  for (const out of outputs) {
    const dir = dirname(out);
    byDir.set(dir, [...(byDir.get(dir) ?? []), tempPrefixFor(out)]);
  }
  for (const [dir, prefixes] of byDir) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    const stale = names.filter((n) => isTempName(n) && prefixes.some((p) => n.startsWith(p)));
    await Promise.all(stale.map((n) => rm(join(dir, n), { force: true })));
  }
}
