// roadmap parse, dates and schema as users run them: help, output, errors and exit codes. `cli(…)` runs
// the command in process (helpers/run-in-process.ts); `roadmap(…)` starts bin/roadmap: a few cases end
// to end, and those of several inputs, which go through the pool of worker processes.
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RoadmapModel } from '../../src/model/roadmap.js';
import { roadmap, ROOT } from '../helpers/cli.js';
import { cli } from '../helpers/run-in-process.js';

const SEED = 'fixtures/orders/002_cfd02bc2b9fd3aef.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'roadmap-cli-'));

describe('help and version', () => {
  it('roadmap --help lists the commands', () => {
    const r = roadmap(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['parse', 'dates', 'schema']) expect(r.stdout).toContain(c);
  });

  it.each(['parse', 'dates', 'schema'])('roadmap %s --help works', async (cmd) => {
    const r = await cli([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Usage: roadmap ${cmd}`);
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(roadmap(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('no arguments or an unknown command is a usage error (exit 2)', async () => {
    expect((await cli([])).code).toBe(2);
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'frobnicate'");
  });
});

describe('roadmap parse', () => {
  it('prints the model of one file as JSON on stdout, valid against the schema', async () => {
    const r = await cli(['parse', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const model = RoadmapModel.parse(JSON.parse(r.stdout));
    expect(model.source).toMatchObject({ file: SEED, format: 'txt', encoding: 'utf-8' });
    expect(model.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(model.roadmaps[0]!.items).toHaveLength(28);
  });

  it('--pretty indents; several files give an array', async () => {
    const pretty = await cli(['parse', SEED, '--pretty']);
    expect(pretty.stdout.split('\n')[1]).toBe('  "schemaVersion": "1.0",');
    const both = roadmap(['parse', SEED, 'fixtures/orders/003_77b42d29d9c320cf.txt']);
    const arr = JSON.parse(both.stdout) as Array<{ source: { file: string } }>;
    expect(arr.map((m) => m.source.file)).toEqual([SEED, 'fixtures/orders/003_77b42d29d9c320cf.txt']);
  });

  it('--format yaml gives the same model', async () => {
    const y = await cli(['parse', SEED, '--format', 'yaml']);
    const j = await cli(['parse', SEED]);
    expect(parseYaml(y.stdout)).toEqual(JSON.parse(j.stdout));
  });

  it('-o writes a file and refuses to overwrite an input', async () => {
    const dir = tmp();
    const out = join(dir, 'm.json');
    expect(await cli(['parse', SEED, '-o', out])).toMatchObject({ code: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe('1.0');
    const input = join(dir, 'order.txt');
    writeFileSync(input, readFileSync(`${ROOT}${SEED}`));
    const r = await cli(['parse', input, '-o', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to overwrite an input');
    expect(readFileSync(input)).toEqual(readFileSync(`${ROOT}${SEED}`));
  });

  it('--out-dir writes one file per input, and replaces one only with --force', () => {
    const dir = tmp();
    expect(roadmap(['parse', SEED, 'fixtures/orders/003_77b42d29d9c320cf.txt', '--out-dir', dir]).code).toBe(0);
    expect(existsSync(join(dir, '002_cfd02bc2b9fd3aef.json'))).toBe(true);
    expect(existsSync(join(dir, '003_77b42d29d9c320cf.json'))).toBe(true);
    const again = roadmap(['parse', SEED, '--out-dir', dir]);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('--force');
    expect(roadmap(['parse', SEED, '--out-dir', dir, '--force']).code).toBe(0);
  });

  it('a missing file: one line naming it, exit 1, no stack trace', () => {
    const r = roadmap(['parse', 'no/such/order.docx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('roadmap: no/such/order.docx: no such file [file-not-found]\n');
    expect(r.stdout).toBe('');
  });

  it('an old binary Word file: unsupported, exit 4', async () => {
    const dir = tmp();
    const doc = join(dir, 'order.doc');
    writeFileSync(doc, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2000)]));
    const r = await cli(['parse', doc]);
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/order\.doc: .*convert it to \.docx \[unsupported-format\]\n$/u);
  });

  it('unreadable bytes: one line naming the file, exit 1; a good file beside it is still parsed', () => {
    const dir = tmp();
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256)));
    const r = roadmap(['parse', junk, SEED]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('junk.txt'))).toEqual([`roadmap: ${junk}: the file is binary, not text (and not a .docx or .pdf) [binary]`]);
    expect(lines.at(-1)).toBe('roadmap: 1 converted, 1 failed');
    const models = JSON.parse(r.stdout) as Array<{ source: { file: string } }>;
    expect(models.map((m) => m.source.file)).toEqual([SEED]);
  });

  it('a folder is walked; an empty one is an error', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.txt'), readFileSync(`${ROOT}${SEED}`));
    const r = roadmap(['parse', dir, '--quiet']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
    const empty = tmp();
    const e = await cli(['parse', empty]);
    expect(e.code).toBe(1);
    expect(e.stderr).toBe('roadmap: no input files found\n');
  });
});

describe('roadmap dates', () => {
  it('prints one timeframe as JSON', async () => {
    const r = await cli(['dates', 'Март – декабрь 2022 года']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      text: 'Март – декабрь 2022 года',
      kind: 'range',
      periods: [{ start: '2022-03-01', end: '2022-12-31', precision: 'month' }],
      recurrence: null,
    });
  });

  it('reads phrases from stdin, one a line, and prints JSON lines; --year fills a missing year', () => {
    const r = roadmap(['dates', '--year', '2022'], { input: '3 квартал\nДо 1 сентября 2022 г.\n' });
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; periods: unknown[] });
    expect(lines.map((l) => l.kind)).toEqual(['range', 'deadline']);
    expect(lines[0]!.periods).toEqual([{ start: '2022-07-01', end: '2022-09-30', precision: 'quarter' }]);
  });

  it('rejects a bad --ref', async () => {
    expect((await cli(['dates', 'май', '--ref', '16.02.2022'])).code).toBe(2);
  });
});

describe('roadmap schema', () => {
  it('prints the committed JSON Schema', () => {
    const r = roadmap(['schema']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(`${ROOT}schemas/roadmap.schema.json`, 'utf8')));
  });
});
