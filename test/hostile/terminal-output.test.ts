// Text a document or a file name brings — escape sequences that retitle and clear the terminal, the C1
// CSI, a bidirectional override, line breaks that forge a line — reaches no human-readable output raw:
// validate (stylish, github), diff (text, markdown), report (markdown, CSV, ICS, HTML) show it escaped;
// JSON and SARIF keep it exact.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDERS } from '../helpers/fixtures.js';
import { tmp } from './fixture-dir.js';
import { run } from './run-cli.js';

/** What a terminal acts on: C0 controls but tab and line feed, DEL, C1, bidirectional controls. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

const TITLE_AND_CLEAR = '\u001b]0;pwned\u0007\u001b[2J';
const C1_CSI = '\u009b8m';
const BIDI = 'exe.\u202etxt';
const HOSTILE = `Провести семинар ${TITLE_AND_CLEAR} ${C1_CSI} ${BIDI}`;
/** A name that forges a clean summary and conceals what follows. */
const NAME = 'plan\n✖ 0 problems\u001b[8m.json';

interface Model {
  roadmaps: Array<{ items: Array<{ activity: string | null; extra: Record<string, string> }> }>;
}

describe('control characters from a document and a file name', () => {
  const dir = tmp();
  const parsed = run(['parse', `${ORDERS}002_cfd02bc2b9fd3aef.txt`]);
  const model = JSON.parse(parsed.stdout) as Model;
  const plain = JSON.stringify(model);
  const item = model.roadmaps[0]!.items[0]!;
  item.activity = HOSTILE;
  item.extra = { ...item.extra, [`колонка ${TITLE_AND_CLEAR}`]: `значение ${C1_CSI}` };
  writeFileSync(join(dir, NAME), JSON.stringify(model));
  writeFileSync(join(dir, 'plain.json'), plain);

  const cases: Array<[string, string[]]> = [
    ['validate stylish', ['validate', NAME, '--no-config']],
    ['validate github', ['validate', NAME, '--no-config', '--format', 'github']],
    ['diff text', ['diff', 'plain.json', NAME]],
    ['diff text, coloured', ['diff', 'plain.json', NAME, '--color']],
    ['diff markdown', ['diff', 'plain.json', NAME, '--format', 'markdown']],
    ['report markdown', ['report', NAME]],
    ['report csv', ['report', NAME, '--format', 'csv']],
    ['report ics', ['report', NAME, '--format', 'ics']],
    ['report html', ['report', NAME, '--format', 'html']],
  ];

  it.each(cases)('%s: nothing raw on stdout or stderr, the text shown escaped', (_name, args) => {
    const r = run(args, { cwd: dir });
    expect(r.code, r.stderr).toBeLessThan(3);
    expect(r.stdout.length).toBeGreaterThan(0);
    // our own colour codes aside
    const stdout = r.stdout.replace(/\u001b\[\d+(?:;\d+)*m/gu, '').replace(/\r\n/gu, '\n');
    expect(stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stdout).not.toContain('\u001b[8m');
    // the forged summary never starts a line
    expect(r.stdout).not.toMatch(/^✖ 0 problems/mu);
  });

  it.each([
    ['diff text', ['diff', 'plain.json', NAME]],
    ['report csv', ['report', NAME, '--format', 'csv']],
  ])('%s: the activity is there, its controls written as \\x1b, \\x07, \\x9b, \\u202e', (_name, args) => {
    const r = run(args, { cwd: dir });
    expect(r.stdout).toContain('\\x1b]0;pwned\\x07\\x1b[2J');
    expect(r.stdout).toContain('\\x9b8m');
    expect(r.stdout).toContain('exe.\\u202etxt');
  });

  it.each([
    ['validate github', ['validate', NAME, '--no-config', '--format', 'github']],
    ['report markdown', ['report', NAME]],
  ])('%s names the file with its line break and escape shown', (_name, args) => {
    const r = run(args, { cwd: dir });
    expect(r.stdout).toContain('plan\\n✖ 0 problems\\x1b[8m.json');
  });

  it.each([
    ['validate json', ['validate', NAME, '--no-config', '--format', 'json']],
    ['validate sarif', ['validate', NAME, '--no-config', '--format', 'sarif']],
    ['diff json', ['diff', 'plain.json', NAME, '--format', 'json']],
    ['report json', ['report', NAME, '--format', 'json']],
  ])('%s keeps the text exact', (_name, args) => {
    const r = run(args, { cwd: dir });
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (strings.push(k), collect(x));
    };
    collect(JSON.parse(r.stdout));
    // SARIF gives the file as a URI: percent-encoded, exactly
    strings.push(...strings.filter((x) => x.includes('%0A')).map((x) => decodeURIComponent(x)));
    expect(strings.some((x) => x.includes(NAME) || x.includes(HOSTILE) || x.includes(TITLE_AND_CLEAR))).toBe(true);
    expect(strings.some((x) => /\\x1b|\\u202e/u.test(x))).toBe(false);
  });

  it('the stderr line of a file that fails is one line, escaped', () => {
    writeFileSync(join(dir, `bad\n${TITLE_AND_CLEAR}.json`), '{ not json');
    const r = run(['report', `bad\n${TITLE_AND_CLEAR}.json`], { cwd: dir });
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(readFileSync(join(dir, 'plain.json'), 'utf8')).toBe(plain);
  });
});
