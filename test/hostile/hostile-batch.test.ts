// The hostile cases among good documents in one batch: every good output byte-identical to a clean run
// of the good documents alone, each bad one one line on stderr and its code in summary.json, no
// temporary file left behind, and the conductor small.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORDERS, orderIds } from '../helpers/fixtures.js';
import { CASES } from './cases.js';
import { filesUnder, mkfifo, tmp, tripwire, type Tripwire } from './fixture-dir.js';
import { CONDUCTOR_MB } from './bounds.js';
import { run, type Measured } from './run-cli.js';

interface Summary {
  counts: Record<string, number>;
  inputs: Array<{ input: string; output: string | null; status: string; code?: string; message?: string }>;
}

const GOOD = orderIds().flatMap((id) => ['txt', 'docx', 'pdf'].map((ext) => `${id}.${ext}`));

describe('a batch of good documents with every hostile case among them', () => {
  let server: Tripwire;
  let work: string;
  let clean: Measured;
  let mixed: Measured;

  beforeAll(async () => {
    server = await tripwire();
    work = tmp();
    mkdirSync(join(work, 'in', 'good'), { recursive: true });
    mkdirSync(join(work, 'in', 'hostile'));
    for (const f of GOOD) copyFileSync(`${ORDERS}${f}`, join(work, 'in', 'good', f));
    clean = run(['parse', 'in', '--out-dir', 'clean', '--jobs', '2', '--quiet'], { cwd: work });
    let fifo = join(work, 'never-open.fifo');
    if (!mkfifo(fifo)) fifo = join(work, 'no-such-file');
    for (const c of CASES) writeFileSync(join(work, 'in', 'hostile', c.file), await c.make({ dir: work, url: server.url, fifo }));
    // --timeout well past the default: on a loaded machine a slow but readable case (wide-pipes.txt) can need
    // more than 60 s of wall time; the bombs are stopped by the checks before the readers, not by the clock
    mixed = run(['parse', 'in', '--out-dir', 'mixed', '--jobs', '2', '--timeout', '300'], { cwd: work, timeoutMs: 400_000 });
  }, 500_000);
  afterAll(async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the clean run converts every good document', () => {
    expect(clean.code, clean.stderr).toBe(0);
    expect(filesUnder(join(work, 'clean'))).toEqual([...GOOD.map((f) => `good/${f.replace(/\.(txt|docx|pdf)$/u, '.$1.json')}`), 'summary.json'].sort());
  });

  it('with the hostile ones among them, every good output is byte-identical to the clean run', () => {
    expect(mixed.code).toBe(1);
    for (const f of filesUnder(join(work, 'clean')).filter((x) => x !== 'summary.json')) {
      expect(readFileSync(join(work, 'mixed', f)).equals(readFileSync(join(work, 'clean', f))), f).toBe(true);
    }
  });

  it('summary.json records each hostile input with the code it fails with, or ok for the readable ones', () => {
    const summary = JSON.parse(readFileSync(join(work, 'mixed', 'summary.json'), 'utf8')) as Summary;
    const byFile = new Map(summary.inputs.map((e) => [e.input, e]));
    for (const c of CASES) {
      const e = byFile.get(join('in', 'hostile', c.file));
      expect(e, c.id).toBeDefined();
      if ('code' in c.expect) expect([c.id, e!.status, e!.code]).toEqual([c.id, 'failed', c.expect.code]);
      else expect([c.id, e!.status]).toEqual([c.id, 'ok']);
      if (e!.message !== undefined) expect(e!.message, c.id).not.toMatch(/[\n\r\t\u001b]/u);
    }
    const failing = CASES.filter((c) => 'code' in c.expect).length;
    expect(summary.counts).toMatchObject({ ok: GOOD.length + CASES.length - failing, failed: failing, interrupted: 0 });
  });

  it('stderr has one line per failed input, naming it, and the closing count; no stack trace', () => {
    const lines = mixed.stderr.trimEnd().split('\n');
    const failing = CASES.filter((c) => 'code' in c.expect);
    const errorLines = lines.filter((l) => / \[[a-z-]+\]$/u.test(l));
    expect(errorLines).toHaveLength(failing.length);
    for (const c of failing) expect(errorLines.filter((l) => l.startsWith(`roadmap: ${join('in', 'hostile', c.file)}: `)), c.id).toHaveLength(1);
    expect(lines.at(-1)).toMatch(new RegExp(`^roadmap: ${GOOD.length + CASES.length - failing.length} converted, ${failing.length} failed — see mixed/summary\\.json$`, 'u'));
    expect(mixed.stderr).not.toMatch(/\bat .+:\d+:\d+|this is a bug/u);
  });

  it('no temporary file is left in the output or the input folder, and nothing was fetched', () => {
    expect(filesUnder(join(work, 'mixed')).filter((f) => /(^|\/)\.[^/]*\.tmp$/u.test(f))).toEqual([]);
    expect(filesUnder(join(work, 'in')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync('/tmp/roadmap-pwned.txt')).toBe(false);
    expect(server.hits).toEqual([]);
  });

  it('the conductor stays small and the batch ends in bounded time', () => {
    expect(mixed.conductorMb).toBeLessThan(CONDUCTOR_MB);
    // about a second of worker time per hostile case at most, on two workers, on an idle machine; this is a
    // hang guard for shared, loaded ones
    expect(mixed.ms).toBeLessThan(300_000);
  });
});
