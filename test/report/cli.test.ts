// roadmap report as users run it: formats, files, folders, the golden outputs, errors and exit codes.
// `cli(…)` runs the command in process (helpers/run-in-process.ts); `roadmap(…)` starts bin/roadmap.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap } from '../helpers/cli.js';
import { cli } from '../helpers/run-in-process.js';
import { golden } from './golden-cases.js';

const J = (id: string) => `fixtures/orders/${id}.expected.json`;
const T = (id: string) => `fixtures/orders/${id}.txt`;
const S000 = '000_634ec10432542fee';
const S001 = '001_905b539a19fec123';
const S002 = '002_cfd02bc2b9fd3aef';
const S003 = '003_77b42d29d9c320cf';
const tmp = () => mkdtempSync(join(tmpdir(), 'roadmap-report-'));

describe('roadmap report', () => {
  it('--help describes the command', () => {
    const r = roadmap(['report', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: roadmap report');
    expect(r.stdout).toContain('--as-of');
  });

  it('prints the golden Markdown for a seed on stdout (the default format)', () => {
    const r = roadmap(['report', J(S000), '--as-of', '2022-06-15']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(golden('000.as-of-2022-06-15.md'));
  });

  it('several files give the combined golden report', async () => {
    const r = await cli(['report', J(S000), J(S001), J(S002), J(S003), '--as-of', '2022-06-15']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(golden('all.as-of-2022-06-15.md'));
  });

  it('--format csv, json and ics give the golden files (DTSTAMP from SOURCE_DATE_EPOCH)', async () => {
    expect((await cli(['report', J(S002), J(S003), '--as-of', '2022-06-15', '--format', 'csv'])).stdout).toBe(golden('002+003.as-of-2022-06-15.csv'));
    expect((await cli(['report', J(S002), '--as-of', '2022-06-15', '--format', 'json'])).stdout).toBe(golden('002.as-of-2022-06-15.json'));
    const env = { SOURCE_DATE_EPOCH: String(Date.parse('2022-06-15T00:00:00Z') / 1000) };
    expect((await cli(['report', J(S001), '--format', 'ics'], { env })).stdout).toBe(golden('001.ics'));
  });

  it('reads documents too: the .txt gives the report of its expected model', async () => {
    const fromTxt = JSON.parse((await cli(['report', T(S002), '--as-of', '2022-06-15', '--format', 'json'])).stdout);
    const fromJson = JSON.parse(golden('002.as-of-2022-06-15.json'));
    // the expected models carry no provenance (`at`), and the source is named after its file
    const same = (r: { items: Array<{ at: unknown }> }, label: string) => {
      for (const i of r.items) i.at = null;
      return JSON.parse(JSON.stringify(r).replaceAll(`"${label}"`, '"SOURCE"').replace(/"file":"[^"]*"/gu, '"file":"F"'));
    };
    expect(same(fromTxt, `${S002}.txt`)).toEqual(same(fromJson, `${S002}.expected.json`));
  });

  it('-o writes the file, the format told by its extension; nothing on stdout', async () => {
    const dir = tmp();
    const out = join(dir, 'plan.html');
    const r = await cli(['report', T(S000), '--as-of', '2022-06-15', '-o', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg class="gantt"');
    const ics = join(dir, 'plan.ics');
    expect((await cli(['report', T(S001), '-o', ics])).code).toBe(0);
    expect(readFileSync(ics, 'utf8').startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  });

  it('a folder gives every document and model in it; names that repeat are shown with their folder', async () => {
    const dir = tmp();
    for (const d of ['ustyuzhna', 'kalar']) mkdirSync(join(dir, d));
    copyFileSync(J(S000), join(dir, 'ustyuzhna', 'plan.json'));
    copyFileSync(J(S002), join(dir, 'kalar', 'plan.json'));
    const r = await cli(['report', dir, '--format', 'csv']);
    expect(r.code).toBe(0);
    const sources = new Set(r.stdout.split('\r\n').slice(1, -1).map((l) => l.split(',')[0]));
    expect(sources).toEqual(new Set([join(dir, 'kalar', 'plan.json'), join(dir, 'ustyuzhna', 'plan.json')]));
  });

  it('a missing file: one line naming it, exit 1; with other files the report still covers them', async () => {
    const alone = await cli(['report', 'no/such/plan.docx']);
    expect(alone).toMatchObject({ code: 1, stdout: '', stderr: 'roadmap: no/such/plan.docx: no such file [file-not-found]\n' });
    const mixed = await cli(['report', 'no/such/plan.docx', J(S002)]);
    expect(mixed.code).toBe(1);
    expect(mixed.stderr.trim().split('\n')).toHaveLength(1);
    expect(mixed.stdout).toContain('# План-график («Дорожная карта»)');
  });

  it('a folder with nothing to report on, or a glob matching nothing: one line, exit 1', async () => {
    const dir = tmp();
    expect(await cli(['report', dir])).toMatchObject({ code: 1, stdout: '', stderr: `roadmap: ${dir}: no documents or model JSON found [file-not-found]\n` });
    expect(await cli(['report', `${dir}/*.docx`])).toMatchObject({ code: 1, stdout: '', stderr: `roadmap: ${dir}/*.docx: no files match [file-not-found]\n` });
  });

  it('a JSON that is not a model is named as such', async () => {
    const r = await cli(['report', 'fixtures/report/002.as-of-2022-06-15.json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/002\.as-of-2022-06-15\.json: not a roadmap model: .* \[invalid-model\]\n$/u);
  });

  it.each([
    [['--as-of', '15.06.2022'], '--as-of 15.06.2022: use a day as YYYY-MM-DD'],
    [['--as-of', '2022-02-30'], '--as-of 2022-02-30'],
    [['--format', 'pdf'], "argument 'pdf' is invalid"],
    [['--delimiter', '|', '--format', 'csv'], '--delimiter |: use "," or ";"'],
    [['--delimiter', ';'], '--delimiter applies to --format csv only'],
  ])('bad usage %j: exit 2', async (args, message) => {
    const r = await cli(['report', J(S002), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('refuses to write over an input', async () => {
    const dir = tmp();
    const input = join(dir, 'plan.json');
    copyFileSync(J(S002), input);
    const r = await cli(['report', input, '-o', input, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('refusing to overwrite an input');
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(J(S002), 'utf8'));
  });

  it('--as-of today is accepted', async () => {
    const r = await cli(['report', J(S002), '--as-of', 'today', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(existsSync(J(S002))).toBe(true);
  });
});
