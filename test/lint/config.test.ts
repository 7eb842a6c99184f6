// .roadmaprc.yaml: what it may set, and every mistake reported with its line; bounds checked before parsing;
// found upward from the working directory.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, findConfig, loadConfig, parseConfig } from '../../src/lint/config.js';
import { firstTooDeep, MAX_CONFIG_BYTES } from '../../src/lint/config-bounds.js';

function configError(text: string): ConfigError {
  try {
    parseConfig(text, '.roadmaprc.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('no ConfigError');
}

describe('a good config', () => {
  it('sets rules, plan year, as-of date and ignore paths', () => {
    const c = parseConfig(
      ['# team settings', 'rules:', '  result-missing: off', '  deadline-before-act: error', '  row-unplaced: info   # a parser code', '  item-overdue: warn', 'planYear: 2022', 'asOf: 2022-06-30', 'ignore:', '  - drafts/', '  - "*.cp1251.txt"', ''].join('\n'),
      '.roadmaprc.yaml',
    );
    expect(c.rules).toEqual({ 'result-missing': 'off', 'deadline-before-act': 'error', 'row-unplaced': 'info', 'item-overdue': 'warning' });
    expect(c).toMatchObject({ planYear: 2022, asOf: '2022-06-30', ignore: ['drafts/', '*.cp1251.txt'] });
  });

  it.each(['', '# nothing yet\n', 'rules:\n', 'asOf: today\n', 'ignore: old/\n'])('accepts %j', (text) => {
    expect(() => parseConfig(text, 'x')).not.toThrow();
  });
});

describe('mistakes name their line', () => {
  it.each([
    { name: 'an unknown rule id', text: 'rules:\n  result-missing: off\n  result-mising: warning\n', line: 3, says: /unknown rule «result-mising»; did you mean «result-missing»/u },
    { name: 'a bad severity', text: 'rules:\n  activity-missing: loud\n', line: 2, says: /«loud» is no setting/u },
    { name: 'a severity as a list', text: 'rules:\n  activity-missing:\n    - error\n', line: 3, says: /no setting/u },
    { name: 'an unknown key', text: 'planYear: 2022\nrulez:\n  a: off\n', line: 2, says: /unknown key «rulez»/u },
    { name: 'a bad as-of date', text: 'asOf: 2022-02-30\n', line: 1, says: /not a day/u },
    { name: 'a bad plan year', text: '\nplanYear: next\n', line: 2, says: /not a year/u },
    { name: 'ignore that is not a list of paths', text: 'ignore:\n  - a/\n  - {x: 1}\n', line: 3, says: /path or glob/u },
    { name: 'rules that are not a mapping', text: 'rules: [a, b]\n', line: 1, says: /must map rule ids/u },
    { name: 'a duplicate key', text: 'rules:\n  activity-missing: off\nrules:\n  activity-missing: error\n', line: 3, says: /not valid YAML/u },
    { name: 'broken YAML', text: 'rules:\n  activity-missing: off\n  - oops\n', line: 3, says: /not valid YAML/u },
    { name: 'a top level that is a list', text: '- rules\n', line: 1, says: /must be a mapping/u },
  ])('$name', ({ text, line, says }) => {
    const e = configError(text);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(says);
    expect(e.where).toMatch(new RegExp(`^\\.roadmaprc\\.yaml:${line}(?::\\d+)?$`, 'u'));
  });
});

describe('bounds before parsing', () => {
  it('a deeply nested flow sequence is refused without reaching the YAML parser', () => {
    const text = `rules:\n  x: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`;
    const e = configError(text);
    expect(e.line).toBe(2);
    expect(e.message).toMatch(/nested \d+ levels deep/u);
  });

  it('deep block nesting is refused', () => {
    const text = Array.from({ length: 14 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + '\n';
    expect(firstTooDeep(text)).toEqual({ depth: 11, line: 11 });
    expect(configError(text).line).toBe(11);
  });

  it('brackets in quotes and comments do not count', () => {
    expect(firstTooDeep(`ignore:\n  - "${'['.repeat(40)}"\n# ${'{'.repeat(40)}\n`)).toBeNull();
  });

  it('a file over the size limit is refused before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-config-'));
    writeFileSync(join(dir, 'big.yaml'), `# ${'x'.repeat(MAX_CONFIG_BYTES)}\n`);
    await expect(loadConfig(join(dir, 'big.yaml'), 'big.yaml')).rejects.toThrow(/at most 65536/u);
  });
});

describe('finding the config', () => {
  it('is found in the working directory or a folder above it; the nearest wins', async () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-find-'));
    const deep = join(root, 'region', 'plans', '2022');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, '.roadmaprc.yaml'), 'planYear: 2021\n');
    expect(await findConfig(deep)).toBe(join(root, '.roadmaprc.yaml'));
    writeFileSync(join(root, 'region', '.roadmaprc.yml'), 'planYear: 2022\n');
    expect(await findConfig(deep)).toBe(join(root, 'region', '.roadmaprc.yml'));
    const c = await loadConfig(join(root, 'region', '.roadmaprc.yml'));
    expect(c).toMatchObject({ planYear: 2022, dir: join(root, 'region') });
  });

  it('a named file that does not exist is a config error', async () => {
    await expect(loadConfig('/nonexistent/roadmaprc.yaml', 'roadmaprc.yaml')).rejects.toBeInstanceOf(ConfigError);
  });
});
