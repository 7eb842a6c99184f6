// Documents read for validate, diff and report go through the same guard as `roadmap parse`: PDFs,
// Word files and large files are parsed in worker processes under the time and memory limits; the
// pool starts on first need and is closed by the command when it is done.
import { parseFile } from '../api.js';
import { RoadmapError, type ErrorCode } from '../errors.js';
import type { DocumentReader } from '../io/document-reader.js';
import type { RoadmapModel } from '../model/roadmap.js';
import type { Limits } from '../readers/limits.js';
import { needsIsolation } from './isolation.js';
import { WorkerPool } from './pool.js';

export interface IsolatedReaderOptions {
  jobs: number;
  timeoutMs?: number;
  memoryMb?: number;
  limits?: Partial<Limits>;
  /** Stops the reading: the pool is closed, and a read in progress fails as `interrupted`. */
  signal?: AbortSignal;
}

export function isolatedReader(options: IsolatedReaderOptions): DocumentReader {
  let pool: WorkerPool | null = null;
  let next = 0;
  const memoryMb = options.memoryMb ?? 1024;
  return {
    async read(abs, file) {
      if (!(await needsIsolation(abs))) return parseFile(abs, { file, ...(options.limits ? { limits: options.limits } : {}) });
      if (!pool) {
        const started = new WorkerPool({ size: options.jobs, timeoutMs: options.timeoutMs ?? 60_000, memoryMb, recycleAfter: 5000 });
        options.signal?.addEventListener('abort', () => started.close(), { once: true });
        pool = started;
      }
      const result = await pool.run({ type: 'job', id: next++, abs, file, format: 'json', pretty: false, limits: options.limits ?? {} });
      if (!result.ok) throw new RoadmapError(result.code as ErrorCode, result.message, { file });
      if (!('text' in result)) throw new RoadmapError('internal', 'the worker did not return the document it was asked to read', { file });
      return JSON.parse(result.text) as RoadmapModel;
    },
    async close() {
      if (pool) await pool.drain();
      pool = null;
    },
  };
}
