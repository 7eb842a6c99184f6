// The requisites of the 18 real published openings (fixtures/real/, copied from ../shared/real): the values a
// careful reader wrote for each (fixtures/real/requisites.jsonl, with a note on every judgment call), and the
// diagnostics that say what a cut-off fragment does not give.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/api.js';
import { FIXTURES } from '../helpers/fixtures.js';

interface Row {
  file: string;
  expected: Record<string, string | null>;
  diagnostics: string[];
  note: string;
}

const DIR = `${FIXTURES}real/`;
const ROWS: Row[] = readFileSync(`${DIR}requisites.jsonl`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l) as Row);
const FIELDS = ['type', 'typeLabel', 'date', 'number', 'issuer', 'place', 'title'] as const;
const norm = (v: unknown) => (v == null ? null : String(v).replace(/\s+/gu, ' ').trim());

describe('real openings: requisites', () => {
  it('every file of the folder has its row', () => {
    expect(ROWS).toHaveLength(18);
    for (const r of ROWS) expect(r.note.length, r.file).toBeGreaterThan(20);
  });

  it.each(ROWS.map((r) => [r.file, r] as const))('%s', async (_file, row) => {
    const model = await parseFile(`${DIR}${row.file}`);
    const got = Object.fromEntries(FIELDS.map((f) => [f, norm(model.document[f])]));
    const want = Object.fromEntries(FIELDS.map((f) => [f, norm(row.expected[f])]));
    expect(got).toEqual(want);
    const codes = model.diagnostics.filter((d) => d.code.startsWith('document-')).map((d) => d.code).sort();
    expect(codes).toEqual([...row.diagnostics].sort());
  });
});
