// Every hostile case of cases.ts through `roadmap parse FILE`, one input at a time: the error code and
// exit code, one line on stderr naming the file (no stack trace), the time bound, a conductor that
// stays small; for the strange-but-readable ones, the model and nothing unsafe in it or fetched.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOUND_MS, CONDUCTOR_MB } from './bounds.js';
import { CASES, type MakeContext, type Model } from './cases.js';
import { encryptedStreamBombPdf } from './hostile-pdf.js';
import { mkfifo, tmp, tripwire, type Tripwire } from './fixture-dir.js';
import { run } from './run-cli.js';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

let server: Tripwire;
let root: string;
let fifo: string;

beforeAll(async () => {
  server = await tripwire();
  root = tmp();
  fifo = join(root, 'never-open.fifo');
  if (!mkfifo(fifo)) fifo = join(root, 'no-such-file');
});
afterAll(async () => {
  await server.close();
  // the cases include a 100 MB file
  rmSync(root, { recursive: true, force: true });
});

it('the catalogue has at least 35 cases, each with its own file name', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(35);
  expect(new Set(CASES.map((c) => c.file)).size).toBe(CASES.length);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
});

describe.each(CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  it('code' in c.expect ? `fails as ${c.expect.code}, exit ${c.expect.exit}, one line, in time` : 'is read: the model comes out and nothing unsafe leaks', async () => {
    const dir = join(root, c.id);
    mkdirSync(dir);
    const ctx: MakeContext = { dir, url: server.url, fifo };
    writeFileSync(join(dir, c.file), await c.make(ctx));
    const hitsBefore = server.hits.length;

    const r = run(['parse', c.file], { cwd: dir });

    expect(r.ms, `took ${Math.round(r.ms)} ms`).toBeLessThan(BOUND_MS);
    expect(r.conductorMb, `conductor peaked at ${Math.round(r.conductorMb)} MB`).toBeLessThan(CONDUCTOR_MB);
    expect(server.hits.slice(hitsBefore), 'requests made while reading').toEqual([]);
    if ('code' in c.expect) {
      expect(r.stdout).toBe('');
      expect(r.stderr.endsWith('\n')).toBe(true);
      const lines = r.stderr.slice(0, -1).split('\n');
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^roadmap: ${escapeRe(c.file)}: .+ \\[${c.expect.code}\\]$`, 'u'));
      expect(lines[0]).toMatch(c.expect.message);
      expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+|this is a bug/u);
      expect(r.code).toBe(c.expect.exit);
    } else {
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const model = JSON.parse(r.stdout) as Model;
      c.expect.check(model, r.stdout);
    }
  });
});

describe('what the scan before pdf.js cannot see is held by the worker', () => {
  it('an encrypted stream bomb is stopped by --timeout (the worker is killed), the conductor stays small', () => {
    const dir = join(root, 'encrypted-bomb');
    mkdirSync(dir);
    writeFileSync(join(dir, 'encrypted-bomb.pdf'), encryptedStreamBombPdf());
    const r = run(['parse', 'encrypted-bomb.pdf', '--timeout', '2'], { cwd: dir });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.conductorMb).toBeLessThan(CONDUCTOR_MB);
    expect(r.code).toBe(7);
    expect(r.stderr).toBe('roadmap: encrypted-bomb.pdf: reading took longer than the limit of 2 s (raise it with --timeout) [timeout]\n');
  });
});
