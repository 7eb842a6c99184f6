// Messages for people in Russian by default, English with --lang en or an English locale; codes and
// JSON keys never change.
import { describe, expect, it } from 'vitest';
import { roadmap } from '../helpers/cli.js';
import { runCli } from '../helpers/in-process.js';

const ORDER = 'fixtures/orders/002_cfd02bc2b9fd3aef.txt';

describe('language of messages', () => {
  it('validate speaks Russian in a Russian or neutral locale', async () => {
    for (const env of [{ LANG: 'ru_RU.UTF-8' }, { LANG: 'C.UTF-8' }, {}]) {
      const r = await runCli(['validate', ORDER], { env });
      expect(r.stdout).toContain('пункт 3 идёт за пунктом 1: пропущено 2');
      expect(r.stdout).toContain('item-number-gap');
      expect(r.stdout).toMatch(/✖ замечаний: 3 \(ошибок: 1, предупреждений: 2, сведений: 0\)/u);
    }
  });

  it('validate speaks English with --lang en or an English LANG/LC_ALL', async () => {
    for (const [args, env] of [
      [['--lang', 'en'], { LANG: 'ru_RU.UTF-8' }],
      [[], { LANG: 'en_US.UTF-8' }],
      [[], { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_GB.UTF-8' }],
    ] as const) {
      const r = await runCli(['validate', ...args, ORDER], { env });
      expect(r.stdout).toContain('item 3 follows item 1: 2 is missing');
      expect(r.stdout).toContain('✖ 3 problems (1 error, 2 warnings, 0 info)');
    }
  });

  it('JSON findings keep their keys and codes; only the message is Russian', async () => {
    const r = await runCli(['validate', '-f', 'json', ORDER], { env: { LANG: 'ru_RU.UTF-8' } });
    const report = JSON.parse(r.stdout) as Array<{ findings: Array<{ code: string; message: string }> }>;
    const gap = report[0]!.findings.find((f) => f.code === 'item-number-gap')!;
    expect(gap.message).toBe('пункт 3 идёт за пунктом 1: пропущено 2');
  });

  it('an error read from a document is Russian throughout, not Russian with the English behind it', async () => {
    // a PDF is read in a worker process: the built binary, as a user runs it
    const r = roadmap(['parse', '--lang', 'ru', 'fixtures/orders/002_cfd02bc2b9fd3aef.scan.pdf']);
    expect(r.code).toBe(5);
    expect(r.stderr).toBe('roadmap: fixtures/orders/002_cfd02bc2b9fd3aef.scan.pdf: у PDF нет текстового слоя: его страницы (4) — изображения (скан); сначала распознайте его [no-text-layer]\n');
  });

  it('an error line is Russian, with its code', async () => {
    const r = await runCli(['parse', 'fixtures/no-such-file.docx'], { env: {} });
    expect(r.stderr).toMatch(/^roadmap: fixtures\/no-such-file\.docx: .*[а-я].* \[file-not-found\]$/mu);
  });

  it('the model\u2019s diagnostics are Russian from parse, English with --lang en', async () => {
    type Model = { diagnostics: Array<{ code: string; message: string }> };
    const ru = JSON.parse((await runCli(['parse', ORDER], { env: {} })).stdout) as Model;
    const en = JSON.parse((await runCli(['parse', '--lang', 'en', ORDER], { env: {} })).stdout) as Model;
    const mismatch = (m: Model) => m.diagnostics.find((d) => d.code === 'appendix-number-mismatch')?.message;
    expect(mismatch(en)).toBe('Приложение refers to №266-р, the act is №262-р');
    expect(mismatch(ru)).toBe('Приложение ссылается на №266-р, а у акта №262-р');
    expect(ru.diagnostics.map((d) => d.code)).toEqual(en.diagnostics.map((d) => d.code));
  });

  it('refuses a language it does not have', async () => {
    const r = await runCli(['validate', '--lang', 'de', ORDER]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang de: use ru or en');
  });
});
