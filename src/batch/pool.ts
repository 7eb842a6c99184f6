// A pool of long-lived worker processes, each under a heap and an address-space limit (a worker
// thread's resourceLimits do not cap ArrayBuffers, so a PDF stream bomb needs a process limit).
// A worker past its time limit is killed and replaced; one that dies is replaced; each is
// recycled after a number of documents so that slow leaks cannot build up. Each worker holds the
// next job while it reads one, so it never waits for the conductor between documents.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FromWorker, JobMessage, JobResult } from './protocol.js';

export interface PoolOptions {
  size: number;
  /** Per-document time limit, ms. */
  timeoutMs: number;
  /**
   * Memory of each worker, MB: its V8 heap limit; its address space (which caps ArrayBuffers too) is
   * this plus what Node itself reserves.
   */
  memoryMb: number;
  /** Replace a worker after this many documents. */
  recycleAfter: number;
}

type Pending = { job: JobMessage; resolve: (r: JobResult) => void };

interface Worker {
  child: ChildProcess;
  /** Jobs sent and not yet answered, in the order the worker reads them; the first is being read. */
  inflight: Pending[];
  /** The time limit of the job being read. */
  timer: NodeJS.Timeout | null;
  /** Jobs sent to it so far. */
  sent: number;
  retiring: boolean;
  /** The worker has loaded and listens for jobs. */
  ready: boolean;
  /** The most address space it was seen to hold, KB (sampled from /proc while it lives). */
  peakKb: number;
  sampler: NodeJS.Timeout | null;
}

/** Signals of a process that crashed (rather than was stopped). */
const CRASHES = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGTRAP', 'SIGFPE']);

/** How often a worker's address space is sampled, ms: a crash near the limit is the limit, not the document. */
const SAMPLE_MS = 100;

/** VmPeak of a process, KB; 0 when it cannot be read. */
function peakKbOf(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const m = /VmPeak:\s*(\d+)/u.exec(readFileSync(`/proc/${pid}/status`, 'latin1'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** Address space Node reserves for itself beyond its heap (code, stacks, libraries), MB. */
const NODE_RESERVE_MB = 2048;

/** The least memory a worker starts with (Node itself needs some tens of MB); --max-memory below it is a usage error. */
export const MIN_MEMORY_MB = 64;

/** Workers that die one after the other before they are ready: the pool gives up instead of restarting them for ever. */
const MAX_FAILED_STARTS = 3;

/** Jobs a worker holds at once: the one it reads and the next. */
const DEPTH = 2;

/**
 * --no-regexp-tier-up: V8 compiles each regex straight to machine code instead of first to bytecode
 * and again after its first run; the parsers hold a few hundred Unicode patterns, and a fresh
 * worker's first document cost twice as much CPU with the default.
 */
export const WORKER_V8_FLAGS: readonly string[] = ['--no-regexp-tier-up'];

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

/**
 * A worker busy with a long document does not see its IPC pipe close (its event loop is not turning), so
 * a conductor killed by SIGKILL or SIGHUP would leave it running and writing. util-linux's setpriv has the
 * kernel send it SIGKILL when its parent dies (PR_SET_PDEATHSIG, kept across the exec into node); a
 * watchdog thread in the worker would do the same but costs the worker some 800 MB of its address space.
 */
const PARENT_DEATH = existsSync('/usr/bin/setpriv') ? 'setpriv --pdeathsig KILL ' : '';

const stopped = (p: Pending): JobResult => ({ type: 'result', id: p.job.id, ok: false, code: 'interrupted', message: 'the batch was stopped' });

export class WorkerPool {
  private readonly workers = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private closed = false;
  /** Worker processes started so far (the benchmark and the tests count them). */
  started = 0;
  /** Workers in a row that died before they were ready. */
  private failedStarts = 0;

  constructor(private readonly options: PoolOptions) {
    // workers start loading at once, before the first job: loading is most of a short run
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  run(job: JobMessage): Promise<JobResult> {
    return new Promise((resolve) => {
      const p = { job, resolve };
      if (this.closed) return resolve(stopped(p));
      this.queue.push(p);
      this.staff();
      this.dispatch();
    });
  }

  /** Stop: pending jobs end as interrupted, workers are killed. */
  close(): void {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve(stopped(p));
    for (const w of this.workers) {
      if (w.timer) clearTimeout(w.timer);
      for (const p of w.inflight.splice(0)) p.resolve(stopped(p));
      w.child.kill('SIGKILL');
    }
    this.workers.clear();
  }

  private spawn(): void {
    this.started++;
    const node = process.execPath;
    const args = [`--max-old-space-size=${this.options.memoryMb}`, ...WORKER_V8_FLAGS, WORKER];
    const limitAs = process.platform === 'linux' && existsSync('/bin/sh');
    const child = limitAs
      ? spawn('/bin/sh', ['-c', `ulimit -v ${(this.options.memoryMb + NODE_RESERVE_MB) * 1024} 2>/dev/null; exec ${PARENT_DEATH}"$0" "$@"`, node, ...args], {
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        })
      : spawn(node, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const w: Worker = { child, inflight: [], timer: null, sent: 0, retiring: false, ready: false, peakKb: 0, sampler: null };
    const limitKb = limitAs ? (this.options.memoryMb + NODE_RESERVE_MB) * 1024 : null;
    if (limitAs) {
      w.sampler = setInterval(() => {
        if (w.inflight.length > 0) w.peakKb = Math.max(w.peakKb, peakKbOf(child.pid));
      }, SAMPLE_MS);
      w.sampler.unref();
    }
    this.workers.add(w);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString('utf8');
    });
    child.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        w.ready = true;
        this.failedStarts = 0;
        this.dispatch();
        return;
      }
      const head = w.inflight[0];
      if (!head || msg.id !== head.job.id) return;
      w.inflight.shift();
      if (w.timer) clearTimeout(w.timer);
      w.timer = null;
      head.resolve(msg);
      // the next job it holds starts now
      if (w.inflight.length) this.startTimer(w);
      else if (w.retiring) w.child.send({ type: 'stop' });
      this.dispatch();
    });
    child.on('exit', (code, signal) => {
      this.workers.delete(w);
      if (w.timer) clearTimeout(w.timer);
      if (w.sampler) clearInterval(w.sampler);
      const [head, ...rest] = w.inflight.splice(0);
      // jobs it held but had not begun go back to the front of the queue
      this.queue.unshift(...rest);
      if (head) {
        const crashed = signal !== null && CRASHES.has(signal);
        // under the address-space limit a failed reservation can end in SIGSEGV rather than an out-of-memory abort
        const nearLimit = limitKb !== null && Math.max(w.peakKb, peakKbOf(child.pid)) >= limitKb * 0.85;
        const oom = code === 134 || signal === 'SIGABRT' || /out of memory|allocation failed/iu.test(stderr) || (crashed && nearLimit);
        head.resolve({
          type: 'result',
          id: head.job.id,
          ok: false,
          // a crash is the document's (a decoder pdf.js runs died on it); another death is a bug or the system
          code: oom ? 'too-large' : crashed ? 'reader-crashed' : 'internal',
          message: oom
            ? 'reading the document ran out of the memory allowed (raise it with --max-memory)'
            : crashed
              ? `the document could not be read: the reader process crashed on it (${signal})`
              : `the reader process died (${signal ?? `exit ${code}`}) — this is a bug in roadmap, or the system stopped it; please report it with the file`,
        });
      }
      if (!w.ready && !this.closed && ++this.failedStarts >= MAX_FAILED_STARTS) return this.giveUp(signal ?? `exit ${code}`, stderr);
      this.staff();
      this.dispatch();
    });
    child.on('error', () => {
      /* reported through 'exit' */
    });
  }

  /** No worker can start (too little memory, a broken installation): every job fails with that, none waits. */
  private giveUp(how: string, stderr: string): void {
    const detail = /out of memory|allocation failed/iu.test(stderr) ? 'out of memory: raise --max-memory' : how;
    const failed = (p: Pending): JobResult => ({ type: 'result', id: p.job.id, ok: false, code: 'unreadable', message: `the reader process could not start (${detail})` });
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve(failed(p));
    for (const w of this.workers) {
      if (w.timer) clearTimeout(w.timer);
      for (const p of w.inflight.splice(0)) p.resolve(failed(p));
      w.child.kill('SIGKILL');
    }
    this.workers.clear();
  }

  private startTimer(w: Worker): void {
    const p = w.inflight[0]!;
    w.timer = setTimeout(() => {
      if (w.inflight[0] !== p) return;
      w.inflight.shift();
      p.resolve(this.timedOut(p));
      // the jobs it held but had not begun go back to the queue; the worker is replaced
      this.queue.unshift(...w.inflight.splice(0));
      w.retiring = true;
      w.child.kill('SIGKILL');
      // Node's timers take at most 2^31 − 1 ms: a longer delay would fire at once
    }, Math.min(this.options.timeoutMs, 2 ** 31 - 1));
  }

  private timedOut(p: Pending): JobResult {
    return {
      type: 'result',
      id: p.job.id,
      ok: false,
      code: 'timeout',
      message: `reading took longer than the limit of ${Math.round(this.options.timeoutMs) / 1000} s (raise it with --timeout)`,
    };
  }

  private dispatch(): void {
    for (let depth = 1; depth <= DEPTH; depth++) {
      for (const w of this.workers) {
        if (this.queue.length === 0) return;
        if (!w.ready || w.retiring || !w.child.connected || w.inflight.length >= depth) continue;
        const p = this.queue.shift()!;
        w.inflight.push(p);
        w.sent++;
        if (w.inflight.length === 1) this.startTimer(w);
        w.child.send(p.job);
        // after this many documents the worker finishes what it holds and is replaced; while jobs wait,
        // its successor starts loading now so that no time is lost
        if (w.sent >= this.options.recycleAfter) {
          w.retiring = true;
          this.staff();
        }
      }
    }
  }

  /**
   * Brings the workers that take jobs up to the pool's size — but only while jobs wait for one: a
   * worker started with nothing to do (after the last job of a single-file parse, say) is a process
   * loaded for nothing.
   */
  private staff(): void {
    if (this.closed) return;
    let serving = 0;
    for (const x of this.workers) if (!x.retiring) serving++;
    const waiting = this.queue.length;
    for (let i = serving; i < this.options.size && i - serving < waiting; i++) this.spawn();
  }

  /** Ask the workers to exit once idle and wait for all to end. */
  async drain(): Promise<void> {
    this.closed = true;
    const ends = [...this.workers].map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.child.exitCode !== null || w.child.signalCode !== null) return resolve();
          w.child.once('exit', () => resolve());
          w.retiring = true;
          if (w.child.connected) w.child.send({ type: 'stop' });
          else w.child.kill('SIGKILL');
        }),
    );
    await Promise.all(ends);
  }
}
