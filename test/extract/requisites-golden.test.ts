// Golden tests of the requisites: each composed header of fixtures/requisites/ (one layout of the genre each) gives
// the requisites written from its source, in every format it was converted to.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/api.js';
import { FIXTURES } from '../helpers/fixtures.js';

const DIR = `${FIXTURES}requisites/`;
const IDS = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''))
  .sort();
const FIELDS = ['type', 'typeLabel', 'issuer', 'date', 'number', 'place', 'title'] as const;
const norm = (v: unknown) => (v == null ? null : String(v).replace(/\s+/gu, ' ').trim());

describe('composed headers', () => {
  it('there are at least twelve', () => expect(IDS.length).toBeGreaterThanOrEqual(12));

  describe.each(IDS)('%s', (id) => {
    const expected = JSON.parse(readFileSync(`${DIR}${id}.expected.json`, 'utf8')) as {
      document: Record<string, string | null>;
      signatories?: unknown[];
    };
    it.each(['html', 'docx', 'pdf', 'lo-export.txt'])('.%s gives the requisites written from the source', async (ext) => {
      const model = await parseFile(`${DIR}${id}.${ext}`);
      const got = Object.fromEntries(FIELDS.map((f) => [f, norm(model.document[f])]));
      expect(got).toEqual(Object.fromEntries(FIELDS.map((f) => [f, norm(expected.document[f])])));
      if (expected.signatories) expect(model.document.signatories).toEqual(expected.signatories);
    });
  });
});
