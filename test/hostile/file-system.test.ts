// Hostile things in the file system rather than in a document: a FIFO, a symlink to /dev/zero, names
// made to break a terminal or a line-based log, an output folder overlapping the input, a file that
// vanishes while a batch runs, and Ctrl-C during a batch followed by a re-run.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDERS } from '../helpers/fixtures.js';
import { BOUND_MS } from './bounds.js';
import { CASES } from './cases.js';
import { filesUnder, mkfifo, tmp } from './fixture-dir.js';
import { run, start } from './run-cli.js';

interface Summary {
  counts: Record<string, number>;
  inputs: Array<{ input: string; status: string; code?: string; message?: string }>;
}
const summaryOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
const TXT = `${ORDERS}002_cfd02bc2b9fd3aef.txt`;
const DOCX = `${ORDERS}003_77b42d29d9c320cf.docx`;

/** stderr split into lines, each checked to be one clean line. */
function stderrLines(stderr: string): string[] {
  expect(stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
  return stderr.trimEnd().split('\n');
}

describe('special files', () => {
  const dir = tmp();
  const hasFifo = mkfifo(join(dir, 'pipe.txt'));
  symlinkSync('/dev/zero', join(dir, 'zero.pdf'));

  it.skipIf(!hasFifo)('a FIFO given as the input is not-a-file at once, not a hang on open', () => {
    const r = run(['parse', 'pipe.txt'], { cwd: dir, timeoutMs: 20_000 });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('roadmap: pipe.txt: not a regular file [not-a-file]\n');
  });

  it('a symlink to /dev/zero is not-a-file at once, not an endless read', () => {
    const r = run(['parse', 'zero.pdf'], { cwd: dir, timeoutMs: 20_000 });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('roadmap: zero.pdf: not a regular file [not-a-file]\n');
  });

  it.skipIf(!hasFifo)('given by name in a batch they fail alone; a walked folder skips them', () => {
    copyFileSync(TXT, join(dir, 'order.txt'));
    const namedOut = join(tmp(), 'named');
    const named = run(['parse', 'pipe.txt', 'zero.pdf', 'order.txt', '--out-dir', namedOut, '--quiet'], { cwd: dir, timeoutMs: 20_000 });
    expect(named.ms).toBeLessThan(2 * BOUND_MS);
    expect(named.code).toBe(1);
    expect(summaryOf(namedOut).inputs.map((e) => [e.input, e.status, e.code])).toEqual([
      ['pipe.txt', 'failed', 'not-a-file'],
      ['zero.pdf', 'failed', 'not-a-file'],
      ['order.txt', 'ok', undefined],
    ]);
    const walked = run(['parse', '.', '--out-dir', join(tmp(), 'walked'), '--quiet'], { cwd: dir, timeoutMs: 20_000 });
    expect(walked.code).toBe(0);
  });
});

describe('hostile file names', () => {
  const dir = tmp();
  const junk = Buffer.from([0, 1, 2, 3, 0xff, 0, 7, 8].flatMap((b) => Array(64).fill(b) as number[]));
  // names that would clear the screen, forge a second error line, read as an option, or are not UTF-8
  const escape = 'clear\u001b[2J\u001b[31mred.txt';
  const forged = 'x.txt: ok\nroadmap: all good.txt';
  const bidi = 'invoice\u202Etxt.exe';
  writeFileSync(join(dir, escape), junk);
  writeFileSync(join(dir, forged), junk);
  writeFileSync(join(dir, bidi), junk);
  copyFileSync(TXT, join(dir, '-rf.txt'));
  copyFileSync(TXT, join(dir, 'Приказ № 262-р «О дорожной карте».txt'));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]), readFileSync(TXT));

  it('each failure is one line with the name escaped; good names are converted', () => {
    const out = join(tmp(), 'o');
    const r = run(['parse', '.', '--out-dir', out], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = stderrLines(r.stderr);
    expect(lines).toContain('roadmap: clear\\x1b[2J\\x1b[31mred.txt: the file is binary, not text (and not a .docx or .pdf) [binary]');
    expect(lines).toContain('roadmap: x.txt: ok\\nroadmap: all good.txt: the file is binary, not text (and not a .docx or .pdf) [binary]');
    expect(lines).toContain('roadmap: invoice\\u202etxt.exe: the file is binary, not text (and not a .docx or .pdf) [binary]');
    expect(lines).toContain('roadmap: bad-\uFFFD\uFFFD.txt: the file name has bytes that are not UTF-8, so it cannot be opened by that name: rename the file [unreadable]');
    expect(lines.at(-1)).toMatch(/^roadmap: 2 converted, 4 failed/u);
    const counts = summaryOf(out).counts;
    expect(counts).toMatchObject({ ok: 2, failed: 4 });
    // outputs stay inside the folder, with control characters made harmless
    for (const f of filesUnder(out)) expect(f).not.toMatch(/[\u0000-\u001f/]/u);
  });

  it('a single input named like an option is read after --; its error line is escaped too', () => {
    const ok = run(['parse', '--', '-rf.txt'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { source: { file: string } }).source.file).toBe('-rf.txt');
    const bad = run(['parse', forged], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('roadmap: x.txt: ok\\nroadmap: all good.txt: the file is binary, not text (and not a .docx or .pdf) [binary]\n');
  });
});

describe('an output folder overlapping the input', () => {
  it('--out-dir equal to the input folder is refused before anything is written', () => {
    const dir = tmp();
    copyFileSync(TXT, join(dir, 'order.txt'));
    const r = run(['parse', dir, '--out-dir', dir]);
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual(['order.txt']);
  });

  it('an --out-dir that is a symbolic link to the input folder is the input folder: refused, even with --force', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    copyFileSync(TXT, join(dir, 'in', 'order.txt'));
    symlinkSync('in', join(dir, 'link'));
    const r = run(['parse', 'in', '--out-dir', 'link', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(readdirSync(join(dir, 'in'))).toEqual(['order.txt']);
  });

  it('an output reaching an input through a linked --out-dir is refused for that input, with --force too', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in', 'x'), { recursive: true });
    copyFileSync(TXT, join(dir, 'in', 'x', 'a.txt'));
    const model = '{"schemaVersion":"1.0","note":"an earlier model, given as an input too"}\n';
    writeFileSync(join(dir, 'in', 'a.json'), model);
    symlinkSync('in', join(dir, 'link'));
    const r = run(['parse', 'in/a.json', 'in/x/a.txt', '--out-dir', 'link', '--force', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)[0]).toBe('roadmap: in/a.json: its output path is an input file; not written [would-overwrite-input]');
    expect(readFileSync(join(dir, 'in', 'a.json'), 'utf8')).toBe(model);
  });

  it('an output that would land on an input is refused for that input; the input is untouched', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'x'));
    copyFileSync(TXT, join(dir, 'x', 'a.txt'));
    const model = '{"schemaVersion":"1.0","note":"an earlier model, given as an input too"}\n';
    writeFileSync(join(dir, 'a.json'), model);
    // a.json's output in --out-dir is a.json itself
    const r = run(['parse', 'a.json', 'x/a.txt', '--out-dir', '.', '--quiet'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)[0]).toBe('roadmap: a.json: its output path is an input file; not written [would-overwrite-input]');
    expect(summaryOf(dir).inputs.map((e) => [e.input, e.status, e.code])).toEqual([
      ['a.json', 'failed', 'would-overwrite-input'],
      ['x/a.txt', 'ok', undefined],
    ]);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(model);
  });

  it('an --out-dir inside the input folder is not read back as input on the next run', () => {
    const dir = tmp();
    copyFileSync(TXT, join(dir, 'order.txt'));
    expect(run(['parse', dir, '--out-dir', join(dir, 'models'), '--quiet']).code).toBe(0);
    const again = run(['parse', dir, '--out-dir', join(dir, 'models'), '--force', '--quiet']);
    expect(again.code).toBe(0);
    expect(summaryOf(join(dir, 'models')).inputs.map((e) => e.input.split('/').at(-1))).toEqual(['order.txt']);
  });

  it('-o naming the input is refused', () => {
    const dir = tmp();
    copyFileSync(TXT, join(dir, 'order.txt'));
    const r = run(['parse', 'order.txt', '-o', 'order.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'order.txt')).equals(readFileSync(TXT))).toBe(true);
  });
});

describe('two inputs whose outputs would share a name', () => {
  it('each gets an output of its own (a.txt, a.pdf, a.txt.docx; names the sanitiser makes one; summary.txt): nothing lost', () => {
    const dir = tmp();
    copyFileSync(TXT, join(dir, 'a.txt'));
    copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.pdf`, join(dir, 'a.pdf'));
    copyFileSync(DOCX, join(dir, 'a.txt.docx'));
    copyFileSync(TXT, join(dir, 'b\u0001.txt'));
    copyFileSync(TXT, join(dir, 'b\u0002.txt'));
    copyFileSync(TXT, join(dir, 'B\u0003.txt'));
    copyFileSync(TXT, join(dir, 'summary.txt'));
    const out = join(tmp(), 'o');
    const r = run(['parse', '.', '--out-dir', out, '--quiet'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const summary = summaryOf(out);
    expect(summary.counts).toMatchObject({ ok: 7 });
    const outputs = filesUnder(out).filter((f) => f !== 'summary.json');
    expect(outputs).toHaveLength(7);
    // on a file system that ignores case too
    expect(new Set(outputs.map((f) => f.toLowerCase())).size).toBe(7);
    // each output is the model of its own input
    for (const e of summary.inputs as Array<{ input: string; output: string }>) {
      const model = JSON.parse(readFileSync(e.output, 'utf8')) as { source: { file: string } };
      expect(model.source.file.endsWith(e.input.replace(/^\.\//u, ''))).toBe(true);
    }
    expect(summary.inputs.map((e) => e.input).sort()).toEqual(['a.pdf', 'a.txt', 'a.txt.docx', 'B\u0003.txt', 'b\u0001.txt', 'b\u0002.txt', 'summary.txt'].sort());
  });
});

describe('--incremental and damaged outputs', () => {
  it('an output cut short or edited so that it is no model is converted again; whole ones stay unchanged', () => {
    const dir = tmp();
    for (const n of ['a', 'b', 'c']) copyFileSync(TXT, join(dir, `${n}.txt`));
    copyFileSync(DOCX, join(dir, 'd.docx'));
    const out = join(tmp(), 'o');
    expect(run(['parse', '.', '--out-dir', out, '--pretty', '--quiet'], { cwd: dir }).code).toBe(0);
    const original = Object.fromEntries(['a', 'b', 'c', 'd'].map((n) => [n, readFileSync(join(out, `${n}.json`), 'utf8')]));
    // the hash stays in the first 4 KB of each
    writeFileSync(join(out, 'a.json'), original.a!.slice(0, 6000));
    writeFileSync(join(out, 'b.json'), original.b!.replace('"roadmaps"', '"roadmapz"'));
    writeFileSync(join(out, 'd.json'), JSON.stringify({ ...JSON.parse(original.d!), diagnostics: 'edited' }));
    const r = run(['parse', '.', '--out-dir', out, '--pretty', '--incremental', '--quiet'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    const summary = summaryOf(out);
    expect(summary.inputs.map((e) => [e.input, e.status]).sort()).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'ok'],
      ['c.txt', 'unchanged'],
      ['d.docx', 'ok'],
    ]);
    for (const n of ['a', 'b', 'c', 'd']) expect(readFileSync(join(out, `${n}.json`), 'utf8'), n).toBe(original[n]);
  });
});

describe('a file that vanishes while the batch runs', () => {
  it('costs its own line (file-not-found); the rest convert', async () => {
    const dir = tmp();
    for (let i = 0; i < 30; i++) copyFileSync(DOCX, join(dir, `order-${String(i).padStart(2, '0')}.docx`));
    copyFileSync(DOCX, join(dir, 'zz-vanishing.docx'));
    const out = join(tmp(), 'o');
    const { done } = start(["parse", dir, "--out-dir", out, "--jobs", "1", "--quiet"]);
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && !(existsSync(out) && readdirSync(out).some((f) => f.endsWith('.json')))) await new Promise((r) => setTimeout(r, 10));
    rmSync(join(dir, 'zz-vanishing.docx'));
    const r = await done;
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toContain(`roadmap: ${join(dir, 'zz-vanishing.docx')}: no such file [file-not-found]`);
    expect(summaryOf(out).counts).toMatchObject({ ok: 30, failed: 1 });
  });
});

describe('Ctrl-C during a batch with hostile inputs, then a re-run', () => {
  it('stops with 130 leaving only whole outputs; --incremental finishes with outputs identical to a clean run', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 40; i++) copyFileSync(i % 2 ? DOCX : `${ORDERS}001_905b539a19fec123.pdf`, join(dir, 'in', `order-${String(i).padStart(2, '0')}${i % 2 ? '.docx' : '.pdf'}`));
    const hostile = CASES.filter((c) => ['pdf-stream-bomb', 'docx-zip-bomb', 'pdf-deep-graphics-state', 'txt-binary'].includes(c.id));
    for (const c of hostile) writeFileSync(join(dir, 'in', c.file), await c.make({ dir, url: 'http://127.0.0.1:9', fifo: join(dir, 'none') }));

    const clean = run(['parse', 'in', '--out-dir', 'clean', '--jobs', '2', '--quiet'], { cwd: dir });
    expect(clean.code).toBe(1);

    const { child, done } = start(['parse', 'in', '--out-dir', 'out', '--jobs', '2', '--quiet'], { cwd: dir });
    const out = join(dir, 'out');
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && (!existsSync(out) || readdirSync(out).filter((f) => f.endsWith('.json')).length < 4)) await new Promise((r) => setTimeout(r, 10));
    child.kill('SIGINT');
    const stopped = await done;
    expect(stopped.code).toBe(130);
    expect(filesUnder(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of filesUnder(out)) expect(() => JSON.parse(readFileSync(join(out, f), 'utf8')), f).not.toThrow();
    expect(summaryOf(out).counts.interrupted).toBeGreaterThan(0);

    const again = run(['parse', 'in', '--out-dir', 'out', '--jobs', '2', '--incremental', '--quiet'], { cwd: dir });
    expect(again.code).toBe(1);
    const counts = summaryOf(out).counts;
    expect(counts).toMatchObject({ failed: hostile.length, interrupted: 0 });
    expect((counts.ok ?? 0) + (counts.unchanged ?? 0)).toBe(40);
    const outputs = filesUnder(join(dir, 'clean')).filter((f) => f !== 'summary.json');
    expect(filesUnder(out).filter((f) => f !== 'summary.json')).toEqual(outputs);
    for (const f of outputs) expect(readFileSync(join(out, f)).equals(readFileSync(join(dir, 'clean', f))), f).toBe(true);
    // three batches of 44 documents: a hang guard for loaded machines, not a speed test
  }, 240_000);
});
