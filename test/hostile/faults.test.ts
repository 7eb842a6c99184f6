// Every case of faults.ts through the built `roadmap`: the exit status, the one line naming what went
// wrong with its code (never «this is a bug», never a stack), within a generous time bound, and no
// temporary file left anywhere in the case's folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, type FaultContext } from './faults.js';
import { filesUnder, tmp } from './fixture-dir.js';
import { encryptedStreamBombPdf } from './hostile-pdf.js';
import { run, start } from './run-cli.js';

/** A hang guard: each case ends in seconds; a hang would run to the old 60 s timeouts and beyond. */
const BOUND_MS = 30_000;

let root: string;
const mounted: string[] = [];

/** Whether this process may mount a tmpfs (root, not in a container that forbids it). */
function canMount(): boolean {
  const probe = tmp('roadmap-mount-probe-');
  const ok = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe]).status === 0;
  if (ok) spawnSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return ok;
}
const mountable = canMount();
if (!mountable) console.warn('faults: cannot mount a tmpfs here (needs root): the full-disk and read-only cases are skipped');

function mount(dir: string, name: string, o: { sizeKb?: number; fill?: boolean; readOnly?: boolean }): string {
  const at = join(dir, name);
  mkdirSync(at);
  const opts = [`size=${o.sizeKb ?? 2048}k`, ...(o.readOnly ? ['ro'] : [])].join(',');
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', opts, 'tmpfs', at]);
  if (r.status !== 0) throw new Error(`mount ${at}: ${r.stderr}`);
  mounted.push(at);
  if (o.fill) {
    // fill it up to the last block
    try {
      writeFileSync(join(at, 'filler'), Buffer.alloc((o.sizeKb ?? 2048) * 1024 + 4096));
    } catch {
      /* ENOSPC: full, as meant */
    }
  }
  return at;
}

beforeAll(() => {
  root = tmp('roadmap-faults-');
});
afterAll(() => {
  for (const m of mounted.reverse()) spawnSync('umount', [m]);
  rmSync(root, { recursive: true, force: true });
});

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe.each(FAULTS.map((c) => [`${c.point}. ${c.id}`, c] as const))('%s', (_name, c) => {
  it.skipIf(c.mounts && !mountable)(`ends with exit ${c.expect.exit}${c.expect.code ? ` and [${c.expect.code}]` : ''}, in one clear line, nothing half-written`, async () => {
    const dir = join(root, c.id);
    mkdirSync(dir);
    const ctx: FaultContext = { dir, mount: (name, o) => mount(dir, name, o) };
    const args = await c.make(ctx);

    const r = run(args, { cwd: c.cwd ? join(dir, c.cwd) : dir, timeoutMs: BOUND_MS + 10_000 });

    expect(r.ms, `took ${Math.round(r.ms)} ms`).toBeLessThan(c.boundMs ?? BOUND_MS);
    expect(r.signal).toBeNull();
    expect(r.stderr).not.toMatch(/this is a bug|\bat .+:\d+:\d+|unexpected error/u);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(c.expect.lines ?? 1);
    const line = lines.find((l) => c.expect.line.test(l));
    expect(line, r.stderr).toBeDefined();
    if (c.expect.code) expect(line!).toMatch(new RegExp(`\\[${escapeRe(c.expect.code)}\\]$`, 'u'));
    expect(r.code, r.stderr).toBe(c.expect.exit);
    expect(filesUnder(dir).filter((f) => /(^|\/)\.[^/]*\.tmp$/u.test(f)), 'temporary files left').toEqual([]);
    c.check?.(ctx, r);
  });
});

/** Processes whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  const out: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) out.push(Number(name));
    } catch {
      /* gone */
    }
  }
  return out;
}

describe.skipIf(process.platform !== 'linux')('6. a worker that crashes', () => {
  it('is «the document could not be read» with its own code (reader-crashed), exit 1, not a bug', async () => {
    const dir = join(root, 'worker-crash');
    mkdirSync(dir);
    // a document the worker is still reading when it is made to crash
    writeFileSync(join(dir, 'slow.pdf'), encryptedStreamBombPdf());
    const { child, done } = start(['parse', 'slow.pdf', '--timeout', '60'], { cwd: dir });
    const deadline = Date.now() + 20_000;
    let worker: number | undefined;
    while (worker === undefined && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      worker = childrenOf(child.pid!)[0];
    }
    expect(worker, 'no worker process found').toBeDefined();
    // crash it soon after it takes the document, as a decoder's bad memory access would — before the
    // bomb has grown near the memory limit (a crash there is reported as over the limit, another case)
    await new Promise((r) => setTimeout(r, 300));
    process.kill(worker!, 'SIGSEGV');
    const r = await done;
    expect(r.stderr).toBe('roadmap: slow.pdf: the document could not be read: the reader process crashed on it (SIGSEGV) [reader-crashed]\n');
    expect(r.code).toBe(1);
  });
});
