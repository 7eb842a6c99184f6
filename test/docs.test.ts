// Examples in the README stay true to the program: the lines shown of `roadmap diff 001 003` appear in
// its output, in that order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { cli } from './helpers/run-in-process.js';

function block(doc: string, name: string): string[] {
  const text = readFileSync(`${ROOT}${doc}`, 'utf8');
  const start = text.indexOf(`<!-- ${name}:start`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (start < 0 || end < 0) throw new Error(`${doc} has no ${name} block`);
  const inner = text.slice(text.indexOf('\n', start) + 1, end);
  return inner.split('\n').filter((l) => l !== '' && !l.startsWith('```'));
}

describe('README', () => {
  it('the diff example lines are in the output of roadmap diff on seeds 001 and 003, in order', async () => {
    const r = await cli(['diff', 'fixtures/orders/001_905b539a19fec123.txt', 'fixtures/orders/003_77b42d29d9c320cf.txt', '--no-color']);
    expect(r.code).toBe(1);
    const out = r.stdout.split('\n');
    let at = 0;
    for (const line of block('README.md', 'diff-example')) {
      const found = out.indexOf(line, at);
      expect(found, `«${line}» not found (in order) in the output`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });
});
