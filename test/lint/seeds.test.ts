// Golden findings on the four seed orders, as worked out by reading them (fixtures/lint/seeds.expected.json,
// each finding with its reason): the .txt parsed here, the model JSON written by people, and the .docx and
// .pdf, whose rule findings must agree with the .txt's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFile } from '../../src/lint/lint-file.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';

interface Expected {
  code: string;
  severity: string;
  path?: string;
  item?: string;
  line?: number;
}

const SEEDS = JSON.parse(readFileSync(`${FIXTURES}lint/seeds.expected.json`, 'utf8')) as Record<string, { rules: Expected[]; parser: Expected[] } | string>;
const IDS = Object.keys(SEEDS).filter((k) => k !== 'about');

const ruleView = (e: Expected) => ({ code: e.code, severity: e.severity, path: e.path, item: e.item });

describe.each(IDS)('seed %s', (id) => {
  const expected = SEEDS[id] as { rules: Expected[]; parser: Expected[] };

  it('model JSON: exactly the rule findings, located in the JSON file', async () => {
    const r = await lintFile(`${ORDERS}${id}.expected.json`, `${id}.expected.json`);
    expect(r.failure).toBeUndefined();
    expect(r.kind).toBe('json');
    expect(r.findings.map((f) => ({ code: f.code, severity: f.severity, path: f.path ?? undefined, item: f.location.item }))).toEqual(expected.rules.map(ruleView));
    for (const f of r.findings) expect(f.location.line).toBeGreaterThan(1);
  });

  it('.txt: the rule findings at their lines, and the parser diagnostics passed through', async () => {
    const r = await lintFile(`${ORDERS}${id}.txt`, `${id}.txt`);
    expect(r.failure).toBeUndefined();
    expect(r.kind).toBe('document');
    const rules = r.findings.filter((f) => f.origin === 'rule');
    const parser = r.findings.filter((f) => f.origin === 'parser');
    expect(rules.map((f) => ({ ...ruleView({ code: f.code, severity: f.severity, path: f.path ?? undefined, item: f.location.item }), line: f.location.line }))).toEqual(
      expected.rules.map((e) => ({ ...ruleView(e), line: e.line })),
    );
    expect(parser.map((f) => ({ code: f.code, severity: f.severity, item: f.location.item, line: f.location.line }))).toEqual(
      expected.parser.map((e) => ({ code: e.code, severity: e.severity, item: e.item, line: e.line })),
    );
    expect(r.findings.length).toBe(expected.rules.length + expected.parser.length);
  });

  it.each(['docx', 'pdf'])('.%s: the same rule findings as the .txt', async (ext) => {
    const r = await lintFile(`${ORDERS}${id}.${ext}`, `${id}.${ext}`);
    expect(r.failure).toBeUndefined();
    const rules = r.findings.filter((f) => f.origin === 'rule');
    expect(rules.map((f) => ruleView({ code: f.code, severity: f.severity, path: f.path ?? undefined, item: f.location.item }))).toEqual(expected.rules.map(ruleView));
    // a docx has no lines: its items are placed by table and row
    for (const f of rules.filter((x) => x.location.item !== undefined)) expect(f.location.table).toBe(1);
  });
});
