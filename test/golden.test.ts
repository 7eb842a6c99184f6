// Golden tests: each fixture order parses to the model a person wrote by reading it (fixtures/orders/
// NNN.expected.json), compared field by field. Provenance (`at`), the file hash and name, and the
// diagnostics (asserted separately) are not part of the comparison.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../src/api.js';
import type { RoadmapModel } from '../src/model/roadmap.js';
import { FIXTURES, ORDERS, expectedModel, orderIds } from './helpers/fixtures.js';
import { compareModels, formatDifferences, type Difference } from './helpers/model-diff.js';

const IGNORED = ['at', 'sha256', 'file', 'diagnostics', 'format', 'encoding', 'pages'];

/** A difference inside an item that the parser itself flagged as repaired by guesswork (row-unplaced). */
function flaggedByParser(d: Difference, model: RoadmapModel): boolean {
  const m = /^roadmaps\[(\d+)\]\.items\[(\d+)\]/u.exec(d.path);
  if (!m) return false;
  const item = model.roadmaps[Number(m[1])]?.items[Number(m[2])];
  if (!item) return false;
  return model.diagnostics.some((g) => g.code === 'row-unplaced' && (g.at.item === item.number || (g.at.row !== undefined && g.at.row === item.at?.row)));
}

export async function goldenDifferences(file: string, id: string) {
  const model = await parseFile(file);
  const diffs = compareModels(expectedModel(id), model, { ignoreKeys: IGNORED });
  const flagged = diffs.filter((d) => flaggedByParser(d, model));
  const unflagged = diffs.filter((d) => !flaggedByParser(d, model));
  return { model, diffs, flagged, unflagged };
}

/**
 * Fields the PDF cannot tell: a hyphen at a line end in a narrow cell hides whether a space followed it
 * («25.04.2022- 01.06.2022»), and «общеобразовательным|и» broken in a cell reads as a word and «и».
 */
const PDF_KNOWN: Record<string, string[]> = {
  '000_634ec10432542fee': [13, 14, 15, 16, 20, 22].map((i) => `roadmaps[0].items[${i}].timeframe.text`),
  '002_cfd02bc2b9fd3aef': ['roadmaps[0].items[11].timeframe.text'],
  '003_77b42d29d9c320cf': ['roadmaps[0].items[7].responsible[0]'],
};

describe.each(orderIds())('golden: %s', (id) => {
  it.each(['txt', 'docx', 'pdf'])('.%s parses to the expected model, field by field', async (format) => {
    const { flagged, unflagged } = await goldenDifferences(`${ORDERS}${id}.${format}`, id);
    if (flagged.length) {
      console.log(`${id}.${format}: ${flagged.length} field(s) differ in rows the parser flagged as damaged (row-unplaced):\n${formatDifferences(flagged)}`);
    }
    const known = new Set(format === 'pdf' ? (PDF_KNOWN[id] ?? []) : []);
    expect(unflagged.filter((d) => known.has(d.path)).map((d) => d.path).sort()).toEqual([...known].sort());
    const rest = unflagged.filter((d) => !known.has(d.path));
    expect(rest, `unexpected differences:\n${formatDifferences(rest)}`).toEqual([]);
  });
});

describe('golden: encodings', () => {
  it('the Windows-1251 copy of 000 parses to the same model as the UTF-8 one, apart from source', async () => {
    const cp = `${ORDERS}000_634ec10432542fee.cp1251.txt`;
    expect(existsSync(cp)).toBe(true);
    const a = await parseFile(`${ORDERS}000_634ec10432542fee.txt`);
    const b = await parseFile(cp);
    expect(b.source.encoding).toBe('windows-1251');
    expect(a.source.encoding).toBe('utf-8');
    const diffs = compareModels({ ...a, source: null }, { ...b, source: null });
    expect(diffs, formatDifferences(diffs)).toEqual([]);
  });
});

/** Text exports made from the fixtures in other layouts (fixtures/txt-variants/README.md). */
const VARIANTS: Array<{ file: string; id: string; note?: string; known?: string[]; hyphenSpace?: boolean }> = [
  { file: '000_634ec10432542fee.lo-export.txt', id: '000_634ec10432542fee' },
  {
    file: '001_905b539a19fec123.lo-export.txt',
    id: '001_905b539a19fec123',
    // exported from the .docx, which itself holds this cell with text the .txt export repeated
    // (corpus README: «The .docx appends it to item 14's info»); item 41's repeat («The .docx keeps it
    // twice») is dropped as a repeated tail
    known: ['roadmaps[0].items[13].info'],
  },
  { file: '002_cfd02bc2b9fd3aef.lo-export.txt', id: '002_cfd02bc2b9fd3aef' },
  { file: '003_77b42d29d9c320cf.lo-export.txt', id: '003_77b42d29d9c320cf' },
  { file: '002_cfd02bc2b9fd3aef.pipes.txt', id: '002_cfd02bc2b9fd3aef' },
  // a fixed-width table wraps «25.04.2022- 01.06.2022» after the hyphen: whether a space followed it is lost
  { file: '000_634ec10432542fee.boxed.txt', id: '000_634ec10432542fee', hyphenSpace: true },
  { file: '002_cfd02bc2b9fd3aef.bom-crlf.txt', id: '002_cfd02bc2b9fd3aef' },
  { file: '002_cfd02bc2b9fd3aef.koi8r.txt', id: '002_cfd02bc2b9fd3aef', note: 'lossy: «», №, – dropped by the code page' },
  { file: '003_77b42d29d9c320cf.utf16le-nobom.txt', id: '003_77b42d29d9c320cf' },
];

describe('golden: .txt layouts and encodings', () => {
  it.each(VARIANTS.filter((v) => !v.note))('$file parses to the expected model of its document', async (v) => {
    const model = await parseFile(`${FIXTURES}txt-variants/${v.file}`);
    let diffs = compareModels(expectedModel(v.id), model, { ignoreKeys: IGNORED });
    if (v.hyphenSpace) {
      diffs = diffs.filter((d) => typeof d.expected !== 'string' || (d.expected as string).replace(/- /gu, '-') !== d.actual);
    }
    const known = new Set(v.known ?? []);
    expect(diffs.filter((d) => known.has(d.path)).map((d) => d.path).sort()).toEqual([...known].sort());
    const rest = diffs.filter((d) => !known.has(d.path));
    expect(rest, formatDifferences(rest)).toEqual([]);
  });

  it('a KOI8-R copy (which cannot hold «», №, –) gives the same items, activities and dates', async () => {
    const model = await parseFile(`${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.koi8r.txt`);
    const expected = expectedModel('002_cfd02bc2b9fd3aef') as unknown as RoadmapModel;
    expect(model.source.encoding).toBe('koi8-r');
    const strip = (s: string | null) => s?.replace(/[«»№–]/gu, '').replace(/\s+/gu, ' ').trim();
    expect(model.roadmaps[0]!.items.map((i) => [i.number, strip(i.activity), i.timeframe.kind, i.timeframe.periods])).toEqual(
      expected.roadmaps[0]!.items.map((i) => [i.number, strip(i.activity), i.timeframe.kind, i.timeframe.periods]),
    );
  });
});

/** Orders of the genre written for the tests (fixtures/genre/README.md), in every format. */
const GENRE: Array<{ name: string; formats: string[]; known?: Record<string, string[]> }> = [
  { name: 'a', formats: ['html', 'docx', 'pdf', 'lo-export.txt'] },
  { name: 'b', formats: ['html', 'docx', 'pdf', 'lo-export.txt'] },
  { name: 'c', formats: ['html', 'docx', 'pdf', 'lo-export.txt'] },
  // a PDF keeps a hyperlink's target in an annotation the reader does not read
  { name: 'd', formats: ['html', 'docx', 'pdf'], known: { pdf: ['roadmaps[0].items[2].links[0]'] } },
];

describe.each(GENRE)('golden: genre order $name', ({ name, formats, known }) => {
  it.each(formats)('.%s parses to the expected model', async (format) => {
    const model = await parseFile(`${FIXTURES}genre/${name}.${format}`);
    const expected = JSON.parse(readFileSync(`${FIXTURES}genre/${name}.expected.json`, 'utf8')) as unknown;
    const diffs = compareModels(expected, model, { ignoreKeys: IGNORED });
    const allowed = new Set(known?.[format] ?? []);
    expect(diffs.filter((d) => allowed.has(d.path)).map((d) => d.path)).toEqual([...allowed]);
    const rest = diffs.filter((d) => !allowed.has(d.path));
    expect(rest, formatDifferences(rest)).toEqual([]);
  });
});
