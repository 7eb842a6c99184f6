// Every case of faults.ts through the built `roadmap`: the exit status, the one line naming what went
// wrong with its code (never «this is a bug», never a stack), within a generous time bound, and no
// temporary file left anywhere in the case's folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS, type FaultContext } from './faults.js';
import { filesUnder, tmp } from './fixture-dir.js';
import { run } from './run-cli.js';

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
