// Writes that never leave a half-written file: a temporary file in the same folder, then rename.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = tempPathFor(path);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** A stream to a temporary file that becomes `path` on close, or vanishes on abort. */
export async function openAtomicStream(path: string): Promise<{ stream: WriteStream; close(): Promise<void>; abort(): Promise<void> }> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = tempPathFor(path);
  const stream = createWriteStream(tmp, { flags: 'wx' });
  const ended = () => new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve())));
  return {
    stream,
    close: async () => {
      await ended();
      await rename(tmp, path);
    },
    abort: async () => {
      await ended().catch(() => undefined);
      await rm(tmp, { force: true });
    },
  };
}

const madeDirs = new Set<string>();

/**
 * The same, synchronously: for the batch conductor, which writes thousands of small files — a
 * synchronous open/write/rename costs a fraction of the promise-based one, and the folder is made once.
 */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs.add(dir);
  }
  const tmp = tempPathFor(path);
  try {
    writeFileSync(tmp, data, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
