// Golden reports: each format on the seed models (the expected models people wrote) and on a
// hand-made edge-case model, compared with the files in fixtures/report/ that were read and checked
// by a person. UPDATE_GOLDEN=1 rewrites them; read the diff before committing it.
import { existsSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN, REPORTS, golden, render } from './golden-cases.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe.each(GOLDEN)('golden report $file', (c) => {
  it(`${c.format}${c.asOf ? ` as of ${c.asOf}` : ''} matches fixtures/report/${c.file}`, async () => {
    const text = await render(c);
    const path = `${REPORTS}${c.file}`;
    if (UPDATE) writeFileSync(path, text);
    expect(existsSync(path), `${c.file} is missing: run with UPDATE_GOLDEN=1, then read it`).toBe(true);
    expect(text).toBe(golden(c.file));
  });
});
