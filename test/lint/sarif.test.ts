// The SARIF report validates against the SARIF 2.1.0 JSON schema shipped in schemas/ (from the OASIS
// spec, see schemas/sarif-schema-2.1.0.md), for every kind of result: located lines, JSON columns,
// files without lines (.docx), schema findings and unreadable files.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/lint/formatters/sarif.js';
import { lintFile, type FileResult } from '../../src/lint/lint-file.js';
import { RULES } from '../../src/lint/registry.js';
import { ORDERS } from '../helpers/fixtures.js';
import { ROOT } from '../helpers/cli.js';

const schema = JSON.parse(readFileSync(`${ROOT}schemas/sarif-schema-2.1.0.json`, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

const errorsOf = () => JSON.stringify(validate.errors?.slice(0, 5), null, 2);

async function results(): Promise<FileResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-sarif-'));
  writeFileSync(join(dir, 'broken model.json'), '{"schemaVersion": "1.0", "source": 5}');
  writeFileSync(join(dir, 'notes.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  return Promise.all([
    lintFile(`${ORDERS}001_905b539a19fec123.txt`, 'fixtures/orders/001_905b539a19fec123.txt'),
    lintFile(`${ORDERS}002_cfd02bc2b9fd3aef.expected.json`, 'fixtures/orders/002_cfd02bc2b9fd3aef.expected.json'),
    lintFile(`${ORDERS}003_77b42d29d9c320cf.docx`, 'fixtures/orders/003_77b42d29d9c320cf.docx'),
    lintFile(join(dir, 'broken model.json'), 'tmp/broken model.json'),
    lintFile(join(dir, 'notes.doc'), join(dir, 'notes.doc')),
  ]);
}

describe('SARIF 2.1.0', () => {
  it('the report of a mixed run is valid against the schema', async () => {
    const rs = await results();
    expect(rs.map((r) => r.kind)).toEqual(['document', 'json', 'document', 'json', null]);
    const log = JSON.parse(sarif(rs, { color: false, cwd: ROOT, version: '0.1.0', rules: RULES })) as {
      version: string;
      runs: Array<{ results: Array<{ ruleId: string; ruleIndex: number; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>; tool: { driver: { rules: Array<{ id: string }> } }; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }> }>;
    };
    expect(validate(log), errorsOf()).toBe(true);
    const run = log.runs[0]!;
    expect(log.version).toBe('2.1.0');
    // every result names its rule by id and index
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    expect(new Set(run.results.map((r) => r.ruleId))).toEqual(new Set(['appendix-number-mismatch', 'row-unplaced', 'row-repaired', 'fused-number-split', 'duplicate-fragment-dropped', 'phantom-columns-dropped', 'responsible-repeated', 'item-number-gap', 'deadline-before-act', 'period-outside-plan', 'link-host-mismatch', 'schema']));
    expect(new Set(run.results.filter((r) => r.ruleId === 'schema').map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['tmp/broken%20model.json']));
    expect(run.invocations[0]!.executionSuccessful).toBe(false);
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(1);
    // informational findings are SARIF notes
    expect(run.results.find((r) => r.ruleId === 'row-repaired')!.level).toBe('note');
  });

  it('a clean run is valid too', () => {
    const log = JSON.parse(sarif([], { color: false, cwd: ROOT, version: '0.1.0', rules: RULES }));
    expect(validate(log), errorsOf()).toBe(true);
  });

  it('the validator does reject a broken log (the check has teeth)', async () => {
    const log = JSON.parse(sarif(await results(), { color: false, cwd: ROOT, version: '0.1.0', rules: RULES })) as { runs: Array<{ results: Array<{ level: string }> }> };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(log)).toBe(false);
  });
});
