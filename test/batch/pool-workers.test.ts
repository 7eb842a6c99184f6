// The pool starts the workers it needs and no more: a one-document run is one worker (a successor
// is loaded only while jobs wait for it), and recycling still replaces a worker between jobs.
// Runs the built pool (dist/, `npx tsc -p .` first), since its workers are the compiled worker.js.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { ORDERS } from '../helpers/fixtures.js';

const { WorkerPool } = (await import(pathToFileURL(`${ROOT}dist/batch/pool.js`).href)) as typeof import('../../src/batch/pool.js');

const job = (id: number, name: string) => ({ type: 'job' as const, id, abs: `${ORDERS}${name}`, file: name, format: 'json' as const, pretty: false, limits: {} });

describe('worker pool start-ups', () => {
  it('one job retiring its worker (recycleAfter 1) starts one worker, not a spare', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 60_000, memoryMb: 512, recycleAfter: 1 });
    const r = await pool.run(job(0, '000_634ec10432542fee.txt'));
    await pool.drain();
    expect(r.ok).toBe(true);
    expect(pool.started).toBe(1);
  });

  it('three jobs with recycleAfter 1 are read by three workers in turn', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 60_000, memoryMb: 512, recycleAfter: 1 });
    const names = ['000_634ec10432542fee.txt', '001_905b539a19fec123.txt', '002_cfd02bc2b9fd3aef.txt'];
    const results = await Promise.all(names.map((n, i) => pool.run(job(i, n))));
    await pool.drain();
    expect(results.map((r) => r.ok)).toEqual([true, true, true]);
    expect(pool.started).toBe(3);
  });

  it('a job sent after the last worker retired starts a new one', async () => {
    const pool = new WorkerPool({ size: 1, timeoutMs: 60_000, memoryMb: 512, recycleAfter: 1 });
    expect((await pool.run(job(0, '000_634ec10432542fee.txt'))).ok).toBe(true);
    expect((await pool.run(job(1, '001_905b539a19fec123.txt'))).ok).toBe(true);
    await pool.drain();
    expect(pool.started).toBe(2);
  });
});
