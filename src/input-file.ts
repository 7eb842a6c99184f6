// An input path checked before anything reads it: it exists, it is a regular file (not a FIFO, a
// device or a folder, which would hang or mislead a reader), and it is within the size limit.
import { stat } from 'node:fs/promises';
import { RoadmapError } from './errors.js';
import { DEFAULT_LIMITS } from './readers/limits.js';

export async function checkInputFile(path: string, file: string, maxFileBytes: number = DEFAULT_LIMITS.maxFileBytes): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new RoadmapError('file-not-found', 'no such file', { file, cause: e });
    throw new RoadmapError('unreadable', `cannot read the file (${code ?? String(e)})`, { file, cause: e });
  }
  if (!info.isFile()) throw new RoadmapError('not-a-file', info.isDirectory() ? 'a directory, not a file' : 'not a regular file', { file });
  if (info.size > maxFileBytes) {
    throw new RoadmapError('too-large', `the file is ${info.size} bytes, over the limit of ${maxFileBytes} (maxFileBytes; raise it with --max-file-size)`, { file });
  }
}
