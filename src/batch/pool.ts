// A pool of long-lived worker processes, each under a heap and an address-space limit (a worker
// thread's resourceLimits do not cap ArrayBuffers, so a PDF stream bomb needs a process limit).
// A worker past its time limit is killed and replaced; one that dies is replaced; each is
// recycled after a number of documents so that slow leaks cannot build up.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FromWorker, JobMessage, JobResult } from './protocol.js';

export interface PoolOptions {
  size: number;
  /** Per-document time limit, ms. */
  timeoutMs: number;
  /** V8 heap limit of each worker, MB. */
  heapMb: number;
  /** Address-space limit of each worker, MB (caps ArrayBuffers too). 0: none. */
  addressSpaceMb: number;
  /** Replace a worker after this many documents. */
  recycleAfter: number;
}

type Pending = { job: JobMessage; resolve: (r: JobResult) => void };

interface Worker {
  child: ChildProcess;
  current: Pending | null;
  timer: NodeJS.Timeout | null;
  done: number;
  retiring: boolean;
  /** The worker has loaded and listens for jobs. */
  ready: boolean;
}

const WORKER = fileURLToPath(new URL('./worker.js', import.meta.url));

export class WorkerPool {
  private readonly workers = new Set<Worker>();
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    for (let i = 0; i < options.size; i++) this.spawn();
  }

  run(job: JobMessage): Promise<JobResult> {
    return new Promise((resolve) => {
      if (this.closed) return resolve({ type: 'result', id: job.id, ok: false, code: 'interrupted', message: 'the batch was stopped' });
      this.queue.push({ job, resolve });
      this.dispatch();
    });
  }

  /** Stop: pending jobs end as interrupted, workers are killed. */
  close(): void {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.resolve({ type: 'result', id: p.job.id, ok: false, code: 'interrupted', message: 'the batch was stopped' });
    for (const w of this.workers) {
      if (w.timer) clearTimeout(w.timer);
      if (w.current) w.current.resolve({ type: 'result', id: w.current.job.id, ok: false, code: 'interrupted', message: 'the batch was stopped' });
      w.current = null;
      w.child.kill('SIGKILL');
    }
    this.workers.clear();
  }

  private spawn(): void {
    const node = process.execPath;
    const args = [`--max-old-space-size=${this.options.heapMb}`, WORKER];
    const limitAs = this.options.addressSpaceMb > 0 && process.platform === 'linux' && existsSync('/bin/sh');
    const child = limitAs
      ? spawn('/bin/sh', ['-c', `ulimit -v ${this.options.addressSpaceMb * 1024} 2>/dev/null; exec "$0" "$@"`, node, ...args], {
          stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
        })
      : spawn(node, args, { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    const w: Worker = { child, current: null, timer: null, done: 0, retiring: false, ready: false };
    this.workers.add(w);
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString('utf8');
    });
    child.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') {
        w.ready = true;
        this.dispatch();
        return;
      }
      if (!w.current || msg.id !== w.current.job.id) return;
      const p = w.current;
      this.finish(w);
      p.resolve(msg);
      w.done++;
      if (w.done >= this.options.recycleAfter) this.retire(w);
      this.dispatch();
    });
    child.on('exit', (code, signal) => {
      this.workers.delete(w);
      if (w.timer) clearTimeout(w.timer);
      const p = w.current;
      w.current = null;
      if (p) {
        const oom = code === 134 || signal === 'SIGABRT' || /out of memory|allocation failed/iu.test(stderr);
        p.resolve({
          type: 'result',
          id: p.job.id,
          ok: false,
          // a death that is not the memory limit is a bug (or the system killed it): one of the stable codes
          code: oom ? 'too-large' : 'internal',
          message: oom
            ? 'reading the document ran out of the memory allowed (raise it with --max-memory)'
            : `the reader process died (${signal ?? `exit ${code}`}) — this is a bug in roadmap, or the system stopped it; please report it with the file`,
        });
      }
      if (!this.closed && this.workers.size < this.options.size) this.spawn();
      this.dispatch();
    });
    child.on('error', () => {
      /* reported through 'exit' */
    });
  }

  private finish(w: Worker): void {
    if (w.timer) clearTimeout(w.timer);
    w.timer = null;
    w.current = null;
  }

  private retire(w: Worker): void {
    w.retiring = true;
    w.child.send({ type: 'stop' });
  }

  private dispatch(): void {
    for (const w of this.workers) {
      if (this.queue.length === 0) return;
      if (!w.ready || w.current || w.retiring || !w.child.connected) continue;
      const p = this.queue.shift()!;
      w.current = p;
      w.timer = setTimeout(() => {
        if (w.current !== p) return;
        w.current = null;
        p.resolve({
          type: 'result',
          id: p.job.id,
          ok: false,
          code: 'timeout',
          message: `reading took longer than the limit of ${this.options.timeoutMs / 1000} s (raise it with --timeout)`,
        });
        w.child.kill('SIGKILL');
      }, this.options.timeoutMs);
      w.child.send(p.job);
    }
  }

  /** Ask idle workers to exit and wait for all to end. */
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
