// Batch conversion: folders, bad files among good ones, incremental re-runs, safe output paths,
// interruption, NDJSON and the time limit.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, roadmap } from '../helpers/cli.js';
import { ORDERS } from '../helpers/fixtures.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'roadmap-batch-'));

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

interface SummaryJson {
  counts: Record<string, number>;
  inputs: Array<{ input: string; output: string | null; status: string; code?: string }>;
}
const summaryOf = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as SummaryJson;

describe('a folder with good and bad files', () => {
  const input = tmp();
  mkdirSync(join(input, 'region', 'district'), { recursive: true });
  copyFileSync(`${ORDERS}000_634ec10432542fee.txt`, join(input, 'region', '000.txt'));
  copyFileSync(`${ORDERS}003_77b42d29d9c320cf.docx`, join(input, 'region', 'district', '003.docx'));
  copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`, join(input, '002.txt'));
  writeFileSync(join(input, 'corrupt.docx'), Buffer.concat([readFileSync(`${ORDERS}003_77b42d29d9c320cf.docx`).subarray(0, 3000)]));
  writeFileSync(join(input, 'old.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4000)]));
  copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.scan.pdf`, join(input, 'scan.pdf'));
  const out = join(tmp(), 'models');

  it('writes every good output, mirrors the tree, reports each bad file with its reason, exits 1', () => {
    const r = roadmap(['parse', input, '--out-dir', out, '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(files(out)).toEqual(['002.json', 'region/000.json', 'region/district/003.json', 'summary.json']);
    const byName = Object.fromEntries(summaryOf(out).inputs.map((e) => [relative(input, e.input), [e.status, e.code]]));
    expect(byName).toEqual({
      '002.txt': ['ok', undefined],
      'corrupt.docx': ['failed', 'corrupt'],
      'old.doc': ['failed', 'unsupported-format'],
      'region/000.txt': ['ok', undefined],
      'region/district/003.docx': ['ok', undefined],
      'scan.pdf': ['failed', 'no-text-layer'],
    });
    for (const bad of ['corrupt.docx', 'old.doc', 'scan.pdf']) expect(r.stderr).toMatch(new RegExp(`${bad}: .+ \\[[a-z-]+\\]\\n`, 'u'));
    const model = JSON.parse(readFileSync(join(out, 'region', '000.json'), 'utf8')) as { roadmaps: Array<{ items: unknown[] }> };
    expect(model.roadmaps[0]!.items).toHaveLength(39);
  });

  it('a re-run with --incremental rewrites nothing', () => {
    const before = Object.fromEntries(['002.json', 'region/000.json', 'region/district/003.json'].map((f) => [f, statSync(join(out, f)).mtimeMs]));
    const r = roadmap(['parse', input, '--out-dir', out, '--incremental']);
    expect(r.code).toBe(1); // the three bad files still fail
    for (const [f, mtime] of Object.entries(before)) expect(statSync(join(out, f)).mtimeMs).toBe(mtime);
    expect(summaryOf(out).counts).toMatchObject({ ok: 0, unchanged: 3, failed: 3 });
  });

  it('without --force or --incremental an existing output is not replaced', () => {
    const r = roadmap(['parse', join(input, '002.txt'), join(input, 'region'), '--out-dir', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('exists; use --force');
  });
});

describe('output paths', () => {
  it('hostile and over-long names stay inside --out-dir, shortened safely', () => {
    const input = tmp();
    const long = 'Приказ об утверждении дорожной карты '.repeat(6).trim() + '.txt'; // > 255 bytes in UTF-8
    const names = ['..txt', '-rf.txt', 'a\nb.txt', ' space .txt', long.slice(0, 120)];
    for (const n of names) writeFileSync(join(input, n), readFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`));
    const out = join(tmp(), 'o');
    const r = roadmap(['parse', input, '--out-dir', out, '--quiet']);
    expect(r.code).toBe(0);
    const written = files(out).filter((f) => f !== 'summary.json');
    expect(written).toHaveLength(names.length);
    for (const f of written) {
      expect(f.includes('/')).toBe(false);
      expect(Buffer.byteLength(f)).toBeLessThanOrEqual(255);
    }
    // nothing was written next to the output folder
    expect(readdirSync(join(out, '..'))).toEqual(['o']);
  });

  it('inputs given as ../paths land inside --out-dir', () => {
    const base = tmp();
    mkdirSync(join(base, 'a'));
    mkdirSync(join(base, 'work'));
    copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`, join(base, 'a', 'order.txt'));
    const r = roadmap(['parse', '../a/order.txt', `../a/order.txt`, '--out-dir', 'out', '--quiet'], { cwd: join(base, 'work') });
    expect(r.code).toBe(0);
    expect(files(join(base, 'work', 'out'))).toEqual(['order.json', 'summary.json']);
  });

  it('symbolic links in a walked folder are not followed', () => {
    const input = tmp();
    copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`, join(input, 'order.txt'));
    symlinkSync('/dev/zero', join(input, 'zero.txt'));
    symlinkSync(`${ORDERS}`, join(input, 'linked-folder'));
    const out = join(tmp(), 'o');
    const r = roadmap(['parse', input, '--out-dir', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(files(out)).toEqual(['order.json', 'summary.json']);
  });

  it('an --out-dir equal to an input folder is refused; one inside it is skipped when walked', () => {
    const input = tmp();
    copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`, join(input, 'order.txt'));
    expect(roadmap(['parse', input, '--out-dir', input]).code).toBe(2);
    const inside = join(input, 'models');
    expect(roadmap(['parse', input, '--out-dir', inside, '--quiet']).code).toBe(0);
    const again = roadmap(['parse', input, '--out-dir', inside, '--incremental']);
    expect(again.code).toBe(0);
    expect(summaryOf(inside).inputs.map((e) => relative(input, e.input))).toEqual(['order.txt']);
  });
});

describe('streams and limits', () => {
  it('--ndjson streams one model per line, in the order of the inputs', () => {
    const r = roadmap(['parse', `${ORDERS}003_77b42d29d9c320cf.txt`, `${ORDERS}000_634ec10432542fee.txt`, `${ORDERS}002_cfd02bc2b9fd3aef.txt`, '--ndjson', '--quiet']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { document: { number: string } }).document.number);
    expect(lines).toEqual(['226', '19/1', '262-р']);
  });

  it('a document over the time limit is stopped and reported; the batch goes on', () => {
    const r = roadmap(['parse', `${ORDERS}000_634ec10432542fee.docx`, `${ORDERS}002_cfd02bc2b9fd3aef.pdf`, '--timeout', '0.001', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr.match(/\[timeout\]/gu)).toHaveLength(2);
    expect(r.stderr).toContain('raise it with --timeout');
  });

  it('--fail-fast stops at the first failure', () => {
    const dir = tmp();
    writeFileSync(join(dir, '0-bad.doc'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]));
    for (let i = 1; i <= 6; i++) copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`, join(dir, `${i}.txt`));
    const out = join(tmp(), 'o');
    const r = roadmap(['parse', dir, '--out-dir', out, '--fail-fast', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(summaryOf(out).counts.failed).toBe(1);
    expect(summaryOf(out).counts.ok).toBeLessThan(6);
  });
});

describe('interruption', () => {
  it('Ctrl-C during a batch leaves no half-written or temporary file; a re-run finishes the job', async () => {
    const input = tmp();
    for (let i = 0; i < 60; i++) copyFileSync(`${ORDERS}${i % 2 ? '001_905b539a19fec123' : '003_77b42d29d9c320cf'}.docx`, join(input, `order-${String(i).padStart(2, '0')}.docx`));
    const out = join(tmp(), 'o');
    const child = spawn(process.execPath, [BIN, 'parse', input, '--out-dir', out, '--jobs', '2', '--quiet'], { stdio: 'ignore' });
    // wait until some outputs exist, then interrupt
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length < 3)) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    const left = readdirSync(out);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of left.filter((x) => x.endsWith('.json'))) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8'))).not.toThrow();
    const summary = summaryOf(out);
    expect(summary.counts.interrupted).toBeGreaterThan(0);
    // a worker writes its output itself, so an output may be whole on disk although its result did not
    // reach the conductor before the interrupt (the summary then says interrupted): the re-run counts
    // every whole output as unchanged
    const done = left.filter((f) => f.endsWith('.json') && f !== 'summary.json').length;
    expect(done).toBeGreaterThanOrEqual(summary.counts.ok);
    const again = roadmap(['parse', input, '--out-dir', out, '--incremental', '--quiet']);
    expect(again.code).toBe(0);
    expect(summaryOf(out).counts).toMatchObject({ ok: 60 - done, unchanged: done, failed: 0, interrupted: 0 });
  });
});
