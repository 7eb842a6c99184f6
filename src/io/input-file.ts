// An input path checked before anything reads it: it exists, it is a regular file (not a FIFO, a
// device or a folder, which would hang or mislead a reader), and it is within the size limit. One
// check for every reader of a path: parseFile and loadModel in this process, the batch worker in its own.
import { statSync, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { RoadmapError } from '../errors.js';
import { DEFAULT_LIMITS } from '../readers/limits.js';

/** Node decodes file names as UTF-8: a name with other bytes arrives with U+FFFD and opens nothing. */
export const NOT_UTF8_NAME = 'the file name has bytes that are not UTF-8, so it cannot be opened by that name: rename the file';

export async function checkInputFile(path: string, file: string, maxFileBytes: number = DEFAULT_LIMITS.maxFileBytes): Promise<void> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (e) {
    throw statError(e, path, file);
  }
  checkStats(info, file, maxFileBytes);
}

/** The same, synchronous: a worker reads one document at a time, and small reads are cheaper so. */
export function checkInputFileSync(path: string, file: string, maxFileBytes: number = DEFAULT_LIMITS.maxFileBytes): void {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (e) {
    throw statError(e, path, file);
  }
  checkStats(info, file, maxFileBytes);
}

function statError(e: unknown, path: string, file: string): RoadmapError {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' && path.includes('\uFFFD')) return new RoadmapError('unreadable', NOT_UTF8_NAME, { file, cause: e });
  if (code === 'ENOENT' || code === 'ENOTDIR') return new RoadmapError('file-not-found', 'no such file', { file, cause: e });
  return new RoadmapError('unreadable', `cannot read the file (${code ?? String(e)})`, { file, cause: e });
}

function checkStats(info: Stats, file: string, maxFileBytes: number): void {
  if (!info.isFile()) throw new RoadmapError('not-a-file', info.isDirectory() ? 'a directory, not a file' : 'not a regular file', { file });
  if (info.size > maxFileBytes) {
    throw new RoadmapError('too-large', `the file is ${info.size} bytes, over the limit of ${maxFileBytes} (maxFileBytes; raise it with --max-file-size)`, { file });
  }
}
