// The registry is explicit, sorted and in step with the rule files; every rule documents itself; every
// diagnostic code the parser emits on the fixtures is one the config and docs know.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/api.js';
import { PARSER_CODES } from '../../src/lint/parser-codes.js';
import { RULES } from '../../src/lint/registry.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';
import { ROOT } from '../helpers/cli.js';

describe('the rule registry', () => {
  const ids = RULES.map((r) => r.meta.id);

  it('is sorted by id, with no id twice', () => {
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one file per rule, named by its id', () => {
    const files = readdirSync(`${ROOT}src/lint/rules`).filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/u, ''));
    expect(files.sort()).toEqual(ids);
  });

  it.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s documents itself', (_, meta) => {
    expect(meta.description).toMatch(/^\S.*\.$/u);
    expect(meta.description).not.toContain('\n');
    expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
    for (const m of Object.values(meta.messages)) expect(m).not.toMatch(/^\s|\s$/u);
    if (meta.parserCode) expect(PARSER_CODES).toHaveProperty(meta.parserCode);
  });
});

describe('parser codes', () => {
  const known = new Set([...RULES.map((r) => r.meta.id), ...Object.keys(PARSER_CODES)]);
  const documents = [
    ...readdirSync(ORDERS).filter((f) => /\.(?:txt|docx|pdf)$/u.test(f) && !f.includes('.scan.')).map((f) => ORDERS + f),
    ...readdirSync(`${FIXTURES}txt-variants`).filter((f) => f.endsWith('.txt')).map((f) => `${FIXTURES}txt-variants/${f}`),
  ];

  it('every diagnostic the parser emits on the fixtures is a known code', async () => {
    const seen = new Set<string>();
    for (const path of documents) for (const d of (await parseFile(path)).diagnostics) seen.add(d.code);
    expect([...seen].filter((c) => !known.has(c))).toEqual([]);
    expect(seen.size).toBeGreaterThan(3);
  });
});
