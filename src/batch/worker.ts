// A batch worker process: parses documents it is sent, one at a time, and returns their serialized
// models. It runs under a heap and an address-space limit set by its conductor; a document that
// breaks it costs only this process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseBytes } from '../api.js';
import { RoadmapError, isRoadmapError } from '../errors.js';
import { checkModel } from '../model/check-model.js';
import { DEFAULT_LIMITS } from '../readers/limits.js';
import { oneLine } from '../io/error-line.js';
import { failsForAll, writeFailureReason, writeFileAtomicSync } from '../io/atomic-write.js';
import { serialize } from '../io/serialize.js';
import { checkInputFileSync } from '../io/input-file.js';
import { localizeModel } from '../messages/index.js';
import type { JobMessage, JobResult, ToWorker } from './protocol.js';

function send(msg: JobResult | { type: 'ready' }): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(msg, undefined, {}, () => resolve());
  });
}

async function handle(job: JobMessage): Promise<JobResult> {
  try {
    checkInputFileSync(job.abs, job.file, job.limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes);
    let bytes: Buffer;
    try {
      bytes = readFileSync(job.abs);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      throw new RoadmapError(e.code === 'ENOENT' ? 'file-not-found' : 'unreadable', e.code === 'ENOENT' ? 'no such file' : `cannot read the file (${e.code})`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (job.unchangedIf && job.unchangedIf === sha256 && (await holdsModelOf(job, sha256))) return { type: 'result', id: job.id, ok: true, unchanged: true, sha256 };
    const started = performance.now();
    const model = await parseBytes(bytes, { file: job.file, limits: job.limits });
    const text = await serialize(job.lang && job.lang !== 'en' ? localizeModel(model, job.lang) : model, job.format, job.pretty);
    const items = model.roadmaps.reduce((n, r) => n + r.items.length, 0);
    const ms = Math.round((performance.now() - started) * 100) / 100;
    if (job.out) {
      try {
        writeFileAtomicSync(job.out, text);
      } catch (e) {
        const reason = writeFailureReason(e);
        return { type: 'result', id: job.id, ok: false, code: 'write-failed', message: `cannot write ${job.out} (${reason})`, ...(failsForAll(e) ? { forAll: reason } : {}) };
      }
      return { type: 'result', id: job.id, ok: true, written: true, sha256, items, ms };
    }
    return { type: 'result', id: job.id, ok: true, text, sha256, items, ms };
  } catch (e) {
    if (isRoadmapError(e)) return { type: 'result', id: job.id, ok: false, code: e.code, message: oneLine(e.message) };
    if (e instanceof RangeError && /allocation|memory|Invalid array length|Invalid string length/iu.test(e.message)) {
      return { type: 'result', id: job.id, ok: false, code: 'too-large', message: `the document needs more memory than allowed (${e.message}; raise it with --max-memory)` };
    }
    const msg = e instanceof Error ? e.message : String(e);
    return { type: 'result', id: job.id, ok: false, code: 'internal', message: `unexpected error: ${oneLine(msg.split('\n')[0]!)} — this is a bug in roadmap; please report it with the file` };
  }
}

/**
 * The earlier output is whole: it reads as a model of this very input. A hash in its first bytes is not
 * enough — a truncated or hand-edited output keeps it — so for --incremental it is read and checked.
 */
async function holdsModelOf(job: JobMessage, sha256: string): Promise<boolean> {
  if (!job.out) return false;
  try {
    const text = readFileSync(job.out, 'utf8');
    const data: unknown = job.format === 'yaml' ? (await import('yaml')).parse(text) : JSON.parse(text);
    const checked = checkModel(data);
    return checked.success && checked.data.source.sha256 === sha256;
  } catch {
    return false;
  }
}

let queue: Promise<void> = Promise.resolve();
process.on('message', (msg: ToWorker) => {
  if (msg.type === 'stop') {
    queue.then(() => process.exit(0), () => process.exit(0));
    return;
  }
  queue = queue.then(async () => send(await handle(msg)));
});
process.on('disconnect', () => process.exit(0));
void send({ type: 'ready' });
