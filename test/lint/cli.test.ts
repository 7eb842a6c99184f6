// roadmap validate as users run it: exit codes, formats, config discovery and mistakes, ignore paths,
// --as-of, --max-warnings, colour. `cli(…)` runs the command in process (helpers/run-in-process.ts);
// `roadmap(…)` starts bin/roadmap: the help, and the seed folder whose PDFs are read in worker processes.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roadmap, ROOT } from '../helpers/cli.js';
import { cli } from '../helpers/run-in-process.js';

const S000 = `${ROOT}fixtures/orders/000_634ec10432542fee.txt`;
const S002 = 'fixtures/orders/002_cfd02bc2b9fd3aef.txt';
const S003 = 'fixtures/orders/003_77b42d29d9c320cf.txt';
const tmp = () => mkdtempSync(join(tmpdir(), 'roadmap-validate-'));
const json = (stdout: string) => JSON.parse(stdout) as Array<{ file: string; errorCount: number; warningCount: number; findings: Array<{ code: string; severity: string; path: string; location: { item?: string; line?: number } }>; failure?: { code: string } }>;

describe('exit codes', () => {
  it('0 when there are warnings but no errors (seed 003)', async () => {
    const r = await cli(['validate', S003, '--no-config']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('✖ 14 problems (0 errors, 14 warnings, 0 info)');
  });

  it('1 when there are errors (seed 002: the appendix cites №266-р)', async () => {
    const r = await cli(['validate', S002, '--no-config']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/32\s+error\s+Приложение cites №266-р; the act is №262-р\s+appendix-number-mismatch/u);
  });

  it('1 when warnings exceed --max-warnings, 0 at the limit', async () => {
    const over = await cli(['validate', S003, '--no-config', '--max-warnings', '13']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('roadmap: 14 warnings, more than --max-warnings 13\n');
    expect((await cli(['validate', S003, '--no-config', '--max-warnings', '14'])).code).toBe(0);
  });

  it('2 for a file that does not exist, with one line naming it; the other files are still checked', async () => {
    const r = await cli(['validate', 'nope.txt', S002, '--no-config', '-f', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('roadmap: nope.txt: no such file [file-not-found]\n');
    const out = json(r.stdout);
    expect(out.map((f) => [f.file, f.failure?.code ?? null, f.errorCount])).toEqual([
      ['nope.txt', 'file-not-found', 0],
      [S002, null, 1],
    ]);
  });

  it('2 for a file that cannot be read (an old .doc) and for a glob that matches nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]));
    const r = await cli(['validate', 'old.doc', 'plans/*.pdf', '--no-config'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([expect.stringMatching(/^roadmap: plans\/\*\.pdf: no files match \[file-not-found\]$/u), expect.stringMatching(/^roadmap: old\.doc: .* \[unsupported-format\]$/u)]);
  });

  it('2 for bad usage', async () => {
    expect((await cli(['validate', S002, '--max-warnings', 'many'])).code).toBe(2);
    expect((await cli(['validate', S002, '--as-of', '2022-02-30'])).stderr).toMatch(/--as-of: «2022-02-30» is not a day/u);
    expect((await cli(['validate', S002, '--format', 'xml'])).code).toBe(2);
    expect((await cli(['validate'])).code).toBe(2);
  });

  it('1 for a model JSON that breaks the schema, each violation with its path and line', async () => {
    const dir = tmp();
    const model = JSON.parse(readFileSync(`${ROOT}fixtures/orders/002_cfd02bc2b9fd3aef.expected.json`, 'utf8'));
    model.roadmaps[0].items[2].timeframe.kind = 'sometimes';
    delete model.document.title;
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(model, null, 2));
    const r = await cli(['validate', 'plan.json', '--no-config', '-f', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const findings = json(r.stdout)[0]!.findings;
    expect(findings.map((f) => [f.code, f.path])).toEqual([
      ['schema', 'document.title'],
      ['schema', 'roadmaps[0].items[2].timeframe.kind'],
    ]);
    const kindLine = JSON.stringify(model, null, 2).split('\n').findIndex((l) => l.includes('"sometimes"')) + 1;
    expect(findings[1]!.location.line).toBe(kindLine);
  });
});

describe('formats', () => {
  it('--quiet keeps errors only', async () => {
    const r = await cli(['validate', S002, '--no-config', '-q', '-f', 'json']);
    expect(json(r.stdout)[0]!.findings.map((f) => f.code)).toEqual(['appendix-number-mismatch']);
  });

  it('github: workflow commands with file and line', async () => {
    const r = await cli(['validate', S002, '--no-config', '-f', 'github']);
    expect(r.stdout.split('\n').filter(Boolean)).toEqual([
      `::error file=${S002},line=32,title=roadmap appendix-number-mismatch::Приложение cites №266-р; the act is №262-р`,
      `::warning file=${S002},line=44,title=roadmap responsible-repeated::item 1: «МОУО» is named twice among the responsible`,
      `::warning file=${S002},line=45,title=roadmap item-number-gap::item 3 follows item 1: 2 is missing`,
    ]);
  });

  it('sarif over the seed folder (a scanned PDF among them) validates against the SARIF 2.1.0 schema', () => {
    const dir = tmp();
    const r = roadmap(['validate', 'fixtures/orders', '--no-config', '-f', 'sarif', '-o', join(dir, 'out.sarif')]);
    expect(r.stdout).toBe('');
    // the scan has no text layer: it cannot be read, so the run exits 2 but still reports the rest
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/002_cfd02bc2b9fd3aef\.scan\.pdf: .*\[no-text-layer\]/u);
    const log = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}schemas/sarif-schema-2.1.0.json`, 'utf8')));
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].results.length).toBeGreaterThan(50);
  });

  it('colour only when asked: NO_COLOR (set by the test helper) and no TTY mean none', async () => {
    expect((await cli(['validate', S002, '--no-config'])).stdout).not.toMatch(/\u001b\[/u);
    expect((await cli(['validate', S002, '--no-config', '--color'])).stdout).toMatch(/\u001b\[31merror/u);
  });
});

describe('--as-of', () => {
  it('reports the items of seed 002 whose timeframe ended before 30 June 2022', async () => {
    const r = await cli(['validate', S002, '--no-config', '--as-of', '2022-06-30', '-f', 'json']);
    const overdue = json(r.stdout)[0]!.findings.filter((f) => f.code === 'item-overdue');
    // 1 «Апрель 2022», 3 «Апрель-май 2022», 22 «Апрель 2022»; 4 «июнь 2022» ends on the day itself
    expect(overdue.map((f) => f.location.item)).toEqual(['1', '3', '22']);
  });
});

describe('configuration', () => {
  it('is found in a folder above the working directory and changes rules', async () => {
    const dir = tmp();
    const deep = join(dir, 'region', 'plans');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(dir, '.roadmaprc.yaml'), 'rules:\n  deadline-before-act: off\n  period-outside-plan: off\n  link-host-mismatch: error\n');
    const r = await cli(['validate', `${ROOT}${S003}`, '-f', 'json'], { cwd: deep });
    expect(r.code).toBe(1);
    expect(json(r.stdout)[0]!.findings.map((f) => [f.code, f.severity, f.location.item])).toEqual([['link-host-mismatch', 'error', '7']]);
    expect((await cli(['validate', `${ROOT}${S003}`, '--no-config'], { cwd: deep })).code).toBe(0);
  });

  it('a mistake in it exits 2 with one line naming the file and line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, '.roadmaprc.yaml'), 'rules:\n  result-missing: off\n  result-mising: warning\n');
    const r = await cli(['validate', S000], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('roadmap: .roadmaprc.yaml:3:3: unknown rule «result-mising»; did you mean «result-missing»? [config]\n');
    const named = await cli(['validate', S000, '--config', join(dir, 'missing.yaml')], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/missing\.yaml: no such file \[config\]/u);
  });

  it('ignore paths are relative to the config file, like .gitignore', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'plans'));
    mkdirSync(join(dir, 'drafts'));
    copyFileSync(`${ROOT}${S003}`, join(dir, 'plans', '003.txt'));
    copyFileSync(`${ROOT}${S002}`, join(dir, 'drafts', '002.txt'));
    copyFileSync(`${ROOT}${S002}`, join(dir, 'plans', '002.old.txt'));
    writeFileSync(join(dir, '.roadmaprc.yaml'), 'ignore:\n  - drafts/\n  - "*.old.txt"\n');
    const r = await cli(['validate', '.', '-f', 'json'], { cwd: dir });
    expect(json(r.stdout).map((f) => f.file)).toEqual(['plans/003.txt']);
    expect(r.code).toBe(0);
  });

  it('asOf and planYear from the config; flags win', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.yaml'), 'asOf: 2022-06-30\n');
    const fromConfig = json((await cli(['validate', `${ROOT}${S002}`, '--config', 'c.yaml', '-f', 'json'], { cwd: dir })).stdout)[0]!;
    expect(fromConfig.findings.filter((f) => f.code === 'item-overdue')).toHaveLength(3);
    const flag = json((await cli(['validate', `${ROOT}${S002}`, '--config', 'c.yaml', '--as-of', '2022-01-01', '-f', 'json'], { cwd: dir })).stdout)[0]!;
    expect(flag.findings.filter((f) => f.code === 'item-overdue')).toHaveLength(0);
  });
});

describe('help', () => {
  it('roadmap validate --help shows usage and the exit codes', () => {
    const r = roadmap(['validate', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: roadmap validate [options] <files...>');
    expect(r.stdout).toMatch(/Exit codes: 0 no errors; 1 errors/u);
  });
});
