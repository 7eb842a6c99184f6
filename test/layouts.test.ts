// Golden tests of the table layouts (fixtures/layouts/<id>/): each layout's order, in .docx, .pdf and a
// LibreOffice .txt export (and any hand-written .txt variant beside them), parses to the items written by
// hand from its source.html. Provenance (`at`) and the recurrence wording are not compared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/api.js';
import { FIXTURES } from './helpers/fixtures.js';
import { compareModels, formatDifferences } from './helpers/model-diff.js';

const DIR = `${FIXTURES}layouts/`;
const LAYOUTS = readdirSync(DIR).filter((id) => existsSync(`${DIR}${id}/expected.json`)).sort();

/**
 * Inputs whose reading is not done yet (issue 14), each with why; `npm run accuracy` shows their score.
 * A listed input that comes out right fails the test, so the list only shrinks.
 */
const NOT_YET: Record<string, string> = {};

const inputs = (id: string) => readdirSync(`${DIR}${id}`).filter((f) => /\.(?:docx|pdf|txt)$/u.test(f)).sort();

describe.each(LAYOUTS)('layout %s', (id) => {
  const expected = JSON.parse(readFileSync(`${DIR}${id}/expected.json`, 'utf8')) as { roadmaps: Array<{ items: unknown[] }> };
  it('has its order in .docx, .pdf and .txt', () => {
    const files = inputs(id);
    expect(files.some((f) => f.endsWith('.docx'))).toBe(true);
    expect(files.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(files.some((f) => f.endsWith('.txt'))).toBe(true);
  });
  it.each(inputs(id))('%s parses to the expected items', async (file) => {
    const model = await parseFile(`${DIR}${id}/${file}`);
    const actual = { roadmaps: model.roadmaps.map((r) => ({ items: r.items })) };
    const diffs = compareModels(expected, actual, { ignoreKeys: ['at', 'recurrence'] });
    const key = `${id}/${file}`;
    if (NOT_YET[key]) {
      expect(diffs.length, `${key} now parses right: take it off NOT_YET`).toBeGreaterThan(0);
      return;
    }
    expect(diffs, formatDifferences(diffs)).toEqual([]);
  });
});
