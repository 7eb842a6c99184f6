// Writes that never leave a half-written file: a temporary file in the same folder, then rename. A
// write that fails (a full disk, a read-only file system, a missing folder) is a `write-failed` error
// naming the output and the reason, and its temporary file is removed.
import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, mkdirSync, openSync, renameSync, rmSync, statSync, writeFileSync, type WriteStream } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse as parsePath } from 'node:path';
import { RoadmapError } from '../errors.js';

/** The prefix of the temporary files written for `path` (with a random part and «.tmp» after it). */
export function tempPrefixFor(path: string): string {
  return `.${basename(path).slice(0, 100)}.`;
}

/** Whether a file name is one of these temporary files (a walk skips them, a cleanup removes them). */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp');
}

function tempPathFor(path: string): string {
  return join(dirname(path), `${tempPrefixFor(path)}${randomBytes(6).toString('hex')}.tmp`);
}

/** Why a write failed, in words, from the system's error code. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'a read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'a part of the path is not a folder',
  EISDIR: 'it is a folder',
  EFBIG: 'the file is too large for the file system',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'an input/output error',
};

/**
 * Reasons that every other output in the same place would meet too: a batch stops at the first of them
 * instead of failing each input in turn.
 */
const FOR_ALL = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM', 'EIO']);

export function writeFailureReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code]!;
  return code ?? (e instanceof Error ? e.message : String(e));
}

/** Whether a failed write would fail for every output in that place (a full disk, a read-only file system). */
export function failsForAll(e: unknown): boolean {
  return FOR_ALL.has((e as NodeJS.ErrnoException | undefined)?.code ?? '');
}

/** The error for an output that could not be written; `shown` is the path as the user gave it. */
export function writeFailed(shown: string, e: unknown): RoadmapError {
  if (e instanceof RoadmapError) return e;
  return new RoadmapError('write-failed', `cannot write ${shown} (${writeFailureReason(e)})`, { cause: e });
}

/**
 * mkdir -p, one level at a time from the deepest folder that exists: Node's recursive mkdir can loop
 * for ever where a parent can never be made (under /proc, for one).
 */
export function makeDirs(dir: string): void {
  const missing: string[] = [];
  const root = parsePath(dir).root;
  let d = dir;
  for (;;) {
    let info;
    try {
      info = statSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || d === root) throw e;
      missing.push(d);
      d = dirname(d);
      continue;
    }
    if (!info.isDirectory()) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR' });
    break;
  }
  for (const m of missing.reverse()) {
    try {
      mkdirSync(m);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

/** The folder of an output given with -o must exist (as for a shell redirection): it is not made. */
function checkFolder(path: string): void {
  const info = statSync(dirname(path));
  if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
}

/** Write `path` atomically; `shown` names it in the error. The folder must exist. */
export async function writeFileAtomic(path: string, data: string | Uint8Array, shown: string = path): Promise<void> {
  const tmp = tempPathFor(path);
  try {
    checkFolder(path);
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw writeFailed(shown, e);
  }
}

export interface AtomicStream {
  /** Where to write; a failed write does not throw, it is recorded in `failure` and later writes are dropped. */
  sink: { write(s: string): boolean; once(event: 'drain', cb: () => void): unknown };
  /** The write-failed error of the first failed write, if any. */
  failure(): RoadmapError | null;
  /** Called once when a write fails (a batch then stops). */
  onFailure(cb: (e: RoadmapError) => void): void;
  /** The temporary file becomes `path` (or, after a failure, is removed and the failure thrown). */
  close(): Promise<void>;
  /** The temporary file is removed. */
  abort(): Promise<void>;
}

/** A stream to a temporary file that becomes `path` on close, or vanishes on abort. The folder must exist. */
export function openAtomicStream(path: string, shown: string = path): AtomicStream {
  const tmp = tempPathFor(path);
  let fd: number;
  try {
    checkFolder(path);
    // opened here, so that a read-only or missing place fails before any work is done
    fd = openSync(tmp, 'wx');
  } catch (e) {
    throw writeFailed(shown, e);
  }
  const stream: WriteStream = createWriteStream(tmp, { fd });
  let failure: RoadmapError | null = null;
  const listeners: Array<(e: RoadmapError) => void> = [];
  const drainWaiters: Array<() => void> = [];
  stream.on('error', (e) => {
    if (failure) return;
    failure = writeFailed(shown, e);
    for (const cb of listeners) cb(failure);
    // nothing waits for a drain that will not come
    for (const cb of drainWaiters.splice(0)) cb();
  });
  stream.on('drain', () => drainWaiters.splice(0).forEach((cb) => cb()));
  const ended = () =>
    new Promise<void>((resolve) => {
      if (stream.destroyed) return resolve();
      stream.end(() => resolve());
      stream.once('error', () => resolve());
    });
  const removeTemp = async () => {
    await rm(tmp, { force: true }).catch(() => undefined);
  };
  return {
    sink: {
      write: (s) => (failure ? true : stream.write(s)),
      once: (_event, cb) => (failure ? cb() : drainWaiters.push(cb)),
    },
    failure: () => failure,
    onFailure: (cb) => void listeners.push(cb),
    close: async () => {
      await ended();
      if (failure) {
        await removeTemp();
        throw failure;
      }
      try {
        await rename(tmp, path);
      } catch (e) {
        await removeTemp();
        throw writeFailed(shown, e);
      }
    },
    abort: async () => {
      await ended();
      await removeTemp();
    },
  };
}

const madeDirs = new Set<string>();

/**
 * The same as writeFileAtomic, synchronously, making the folder (inside a batch's output folder): for
 * the batch workers, which write thousands of small files — a synchronous open/write/rename costs a
 * fraction of the promise-based one, and each folder is made once. Throws the system error.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    makeDirs(dir);
    madeDirs.add(dir);
  }
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* the write's error is the one to report */
    }
    throw e;
  }
}

/** Whether a file can be made in `dir` now: a probe file made and removed (a batch checks its output folder first). */
export function probeWritable(dir: string): void {
  const probe = join(dir, `.roadmap-probe.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(probe, 'wx');
  closeSync(fd);
  rmSync(probe, { force: true });
}
