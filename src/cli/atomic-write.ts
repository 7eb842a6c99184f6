// Writes that never leave a half-written file: a temporary file in the same folder, then rename.
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path).slice(0, 100)}.${randomBytes(6).toString('hex')}.tmp`);
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
  const tmp = join(dir, `.${basename(path).slice(0, 100)}.${randomBytes(6).toString('hex')}.tmp`);
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
