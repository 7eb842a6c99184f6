// The rules tables of docs/validate.md are generated from the rules' metadata and must be current;
// UPDATE_GOLDEN=1 rewrites them (read the diff before committing it).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parserCodesTable, rulesTable } from '../../src/lint/rules-doc.js';
import { RULES } from '../../src/lint/registry.js';
import { ROOT } from '../helpers/cli.js';

const DOC = `${ROOT}docs/validate.md`;

function block(text: string, name: string): { start: number; end: number } {
  const open = new RegExp(`<!-- ${name}:start[^>]*-->\\n`, 'u').exec(text);
  const close = text.indexOf(`<!-- ${name}:end -->`);
  if (!open || close < 0) throw new Error(`docs/validate.md has no ${name} block`);
  return { start: open.index + open[0].length, end: close };
}

describe('docs/validate.md', () => {
  it.each([
    ['rules', rulesTable],
    ['parser-codes', parserCodesTable],
  ] as const)('the %s table matches the metadata', (name, generate) => {
    let text = readFileSync(DOC, 'utf8');
    const { start, end } = block(text, name);
    const want = generate() + '\n';
    if (process.env.UPDATE_GOLDEN === '1' && text.slice(start, end) !== want) {
      text = text.slice(0, start) + want + text.slice(end);
      writeFileSync(DOC, text);
    }
    expect(text.slice(start, end)).toBe(want);
  });

  it('names every rule', () => {
    const text = readFileSync(DOC, 'utf8');
    for (const r of RULES) expect(text).toContain(`\`${r.meta.id}\``);
  });
});
