// roadmap diff as users run it: exit codes like diff(1), the three formats, --only, -q, model JSON
// inputs, and colour only when wanted. `cli(…)` runs the command in process (helpers/run-in-process.ts);
// `roadmap(…)` starts bin/roadmap, end to end.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { IO } from '../../src/cli/io.js';
import { DiffResult } from '../../src/diff/index.js';
import { roadmap } from '../helpers/cli.js';
import { cli } from '../helpers/run-in-process.js';
import { S001, S002, S003, model, roadmapOf } from './pairs.js';

const TXT = (id: string) => `fixtures/orders/${id}.txt`;
const LO = (id: string) => `fixtures/txt-variants/${id}.lo-export.txt`;
const ESC = '\u001b[';
const tmp = () => mkdtempSync(join(tmpdir(), 'roadmap-diff-'));

describe('roadmap diff', () => {
  it('the same document in two layouts: exit 0, «различий нет»', () => {
    const r = roadmap(['diff', TXT(S003), LO(S003)]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('различий нет');
  });

  it('two different plans: exit 1, the text names what changed', async () => {
    const r = await cli(['diff', TXT(S001), TXT(S003)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`--- ${TXT(S001)}  приказ от 30.12.2021 № 245-ссл/г`);
    expect(r.stdout).toContain(`+++ ${TXT(S003)}  приказ от 28.02.2022 № 226`);
    expect(r.stdout).toContain('номер: 245-ссл/г → 226');
    expect(r.stdout).toContain('срок сдвинут на +8 дней');
    expect(r.stdout).not.toContain(ESC); // the helper sets NO_COLOR; stdout is a pipe anyway
  });

  it('--format json: a DiffResult', async () => {
    const r = await cli(['diff', TXT(S001), TXT(S003), '--format', 'json']);
    expect(r.code).toBe(1);
    const d = DiffResult.parse(JSON.parse(r.stdout));
    expect(d.a.path).toBe(TXT(S001));
    expect(d.same).toBe(false);
  });

  it('--format markdown: headings, a table of the acts, folded long lists', async () => {
    const r = await cli(['diff', TXT(S001), TXT(S003), '--format', 'markdown']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^### roadmap diff\n/u);
    expect(r.stdout).toContain('| акт | приказ от 30.12.2021 № 245-ссл/г | приказ от 28.02.2022 № 226 |');
    expect(r.stdout).toContain('<details><summary><b>Удалённые пункты (');
  });

  it('--only limits what counts: the two layouts of 001 differ only in info, so timeframe alone is the same', async () => {
    expect((await cli(['diff', TXT(S001), LO(S001)])).code).toBe(1);
    expect((await cli(['diff', TXT(S001), LO(S001), '--only', 'timeframe,responsible'])).code).toBe(0);
    expect((await cli(['diff', TXT(S001), LO(S001), '--only', 'info'])).code).toBe(1);
  });

  it('-q prints nothing, the exit code tells', async () => {
    const r = await cli(['diff', '-q', TXT(S001), TXT(S003)]);
    expect(r).toMatchObject({ code: 1, stdout: '', stderr: '' });
  });

  it('takes model JSON files, from `roadmap parse` or edited by hand', async () => {
    const dir = tmp();
    const parsed = await cli(['parse', TXT(S002)]);
    writeFileSync(join(dir, 'a.json'), parsed.stdout);
    expect((await cli(['diff', join(dir, 'a.json'), TXT(S002)])).code).toBe(0);
    const b = model(S002);
    roadmapOf(b).items[3]!.responsible.push('Управление образования');
    writeFileSync(join(dir, 'b.json'), JSON.stringify(b));
    const r = await cli(['diff', join(dir, 'a.json'), join(dir, 'b.json'), '--only', 'responsible', '--format', 'json']);
    expect(r.code).toBe(1);
    const d = DiffResult.parse(JSON.parse(r.stdout));
    expect(d.a.from).toBe('json');
    expect(d.roadmaps[0]!.items).toMatchObject([{ change: 'matched', a: { number: '5' }, fields: [{ field: 'responsible', added: ['Управление образования'], removed: [] }] }]);
  });

  it('trouble is exit 2: a missing file, a file that is not a model, a bad option', async () => {
    const missing = await cli(['diff', TXT(S002), 'no/such.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no/such.txt: no such file [file-not-found]');
    const dir = tmp();
    writeFileSync(join(dir, 'x.json'), '{"schemaVersion": "1.0"}');
    const bad = await cli(['diff', join(dir, 'x.json'), TXT(S002)]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[invalid-model]');
    expect((await cli(['diff', TXT(S002)])).code).toBe(2);
    expect((await cli(['diff', TXT(S002), TXT(S002), '--format', 'html'])).code).toBe(2);
    const only = await cli(['diff', TXT(S002), TXT(S002), '--only', 'deadline']);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('unknown aspect «deadline»');
  });

  it('--help describes the command and its exit codes', async () => {
    const r = await cli(['diff', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: roadmap diff [options] <a> <b>');
    expect(r.stdout).toContain('Exit codes: 0 no differences; 1 differences; 2 trouble');
  });
});

describe('colour (in process, with a terminal or not)', () => {
  async function diffText(env: Record<string, string | undefined>, isTTY: boolean, extra: string[] = []): Promise<string> {
    let out = '';
    const io: IO = {
      stdout: { write: (s: string) => (out += s), isTTY },
      stderr: { write: () => true },
      readStdin: async () => '',
      stdinIsTTY: false,
      env,
      cwd: process.cwd(),
    };
    expect(await run(['diff', TXT(S001), TXT(S003), ...extra], io)).toBe(1);
    return out;
  }

  it('on a terminal: coloured', async () => expect(await diffText({}, true)).toContain(ESC));
  it('on a terminal with NO_COLOR set: plain, with [-…-]{+…+} marks', async () => {
    const out = await diffText({ NO_COLOR: '1' }, true);
    expect(out).not.toContain(ESC);
    // 001 item 1 «Анкетирование …» is 003 item 6 «Организация анкетирования …»
    expect(out).toContain('мероприятие: [-Анкетирование-]{+Организация анкетирования+} отобранных');
  });
  it('into a pipe: plain', async () => expect(await diffText({}, false)).not.toContain(ESC));
  it('--color forces it, --no-color refuses it', async () => {
    expect(await diffText({ NO_COLOR: '1' }, false, ['--color'])).toContain(ESC);
    expect(await diffText({}, true, ['--no-color'])).not.toContain(ESC);
  });
  it('markdown and json are never coloured', async () => {
    expect(await diffText({}, true, ['--format', 'markdown'])).not.toContain(ESC);
    expect(await diffText({}, true, ['--format', 'json'])).not.toContain(ESC);
  });
});
