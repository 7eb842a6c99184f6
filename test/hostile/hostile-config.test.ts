// Hostile .roadmaprc.yaml files for `roadmap validate`: each is bounded before the YAML parser sees it
// (or by the parser's own alias cap) and costs one line naming the file, exit 2, in time.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDERS } from '../helpers/fixtures.js';
import { BOUND_MS } from './bounds.js';
import { tmp } from './fixture-dir.js';
import { run } from './run-cli.js';

/** Nine anchors, each a list of nine aliases of the one before: 9^9 strings if expanded. */
function aliasBomb(): string {
  const anchors = ['&a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) anchors.push(`&${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
  return `ignore: [${anchors.join(', ')}]\n`;
}

const CONFIGS: Array<[string, string, RegExp]> = [
  // a deeply nested flow sequence (it killed Node inside the yaml package), within the size bound
  ['deep-flow.yaml', `rules: ${'['.repeat(30_000)}${']'.repeat(30_000)}\n`, /^deep-flow\.yaml:1: nested \d+ levels deep/u],
  ['deep-block.yaml', Array.from({ length: 200 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + '\n', /^deep-block\.yaml:\d+: nested \d+ levels deep/u],
  ['huge.yaml', `# ${'x'.repeat(200_000)}\n`, /^huge\.yaml: the file is 200003 bytes; a config may have at most 65536/u],
  ['alias-bomb.yaml', aliasBomb(), /^alias-bomb\.yaml:\d+:\d+: /u],
  ['binary.yaml', String.fromCharCode(...Array.from({ length: 2048 }, (_, i) => i % 256)), /^binary\.yaml/u],
  // a key that would clear the terminal and forge a second line, quoted back in the message
  ['escape-key.yaml', '"\u001b[2Jboom\\nroadmap: forged": 1\n', /^escape-key\.yaml:1:1: unknown key «\\x1b\[2Jboom roadmap: forged»/u],
];

describe('hostile config files', () => {
  const dir = tmp();
  copyFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.txt`, join(dir, 'order.txt'));

  it.each(CONFIGS)('%s: exit 2, one line naming it, in time', (name, text, message) => {
    writeFileSync(join(dir, name), text);
    const r = run(['validate', 'order.txt', '--config', name], { cwd: dir });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]!.replace(/^roadmap: /u, '')).toMatch(message);
    expect(lines[0]).toMatch(/ \[config\]$/u);
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/u);
  });
});
