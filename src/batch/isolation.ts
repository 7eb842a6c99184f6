// Which documents are read in a worker process rather than in the process that asked: PDFs and zips
// (Word), whose readers a hostile file could make hang or balloon, and any large file.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Text files above this size are read in a worker too (a long file can still be slow to read). */
export const ISOLATE_TEXT_ABOVE = 256 * 1024;

export async function needsIsolation(abs: string): Promise<boolean> {
  let handle;
  try {
    // non-blocking: a FIFO must not stall the check (the reader then reports it as not a file)
    handle = await open(abs, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (!info.isFile()) return false;
    if (info.size > ISOLATE_TEXT_ABOVE) return true;
    const buf = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buf, 0, 1024, 0);
    const head = buf.subarray(0, bytesRead);
    return head.includes('%PDF-') || (head[0] === 0x50 && head[1] === 0x4b);
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
