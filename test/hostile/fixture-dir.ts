// Test-time folders for the hostile suite: a temporary folder, a FIFO, a local HTTP server that counts
// the requests a reader must never make, and the files of a folder tree.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const tmp = (prefix = 'roadmap-hostile-') => mkdtempSync(join(tmpdir(), prefix));

/** A FIFO at `path`, or false where mkfifo is missing (the tests that need one then skip). */
export function mkfifo(path: string): boolean {
  const r = spawnSync('mkfifo', [path]);
  return r.status === 0;
}

export interface Tripwire {
  url: string;
  hits: string[];
  close(): Promise<void>;
}

/** A server on 127.0.0.1 that records every request: any hit means a document made the reader fetch. */
export async function tripwire(): Promise<Tripwire> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, hits, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Every file (not folder) under `dir`, relative to it, sorted; hidden temporary files included. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}
