// The golden report cases: which models, which as-of day, which format, and the file in
// fixtures/report/ holding the output a person read and checked (fixtures/report/README.md).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadModel } from '../../src/io/load-model.js';
import { buildReport, formatReport, sourceLabels, type Report, type ReportFormat } from '../../src/report/index.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';

export const REPORTS = `${FIXTURES}report/`;

/** DTSTAMP of the golden calendars (the CLI takes it from SOURCE_DATE_EPOCH). */
export const STAMP = new Date('2022-06-15T00:00:00Z');

export interface GoldenCase {
  /** The golden file under fixtures/report/. */
  file: string;
  inputs: string[];
  asOf: string | null;
  format: ReportFormat;
  delimiter?: ',' | ';';
}

const seed = (id: string) => `${ORDERS}${id}.expected.json`;
const S000 = seed('000_634ec10432542fee');
const S001 = seed('001_905b539a19fec123');
const S002 = seed('002_cfd02bc2b9fd3aef');
const S003 = seed('003_77b42d29d9c320cf');
export const EDGE = `${REPORTS}edge-cases.model.json`;
export const SEEDS = [S000, S001, S002, S003];

export const GOLDEN: GoldenCase[] = [
  { file: '000.as-of-2022-06-15.md', inputs: [S000], asOf: '2022-06-15', format: 'markdown' },
  { file: '001.as-of-2022-06-15.md', inputs: [S001], asOf: '2022-06-15', format: 'markdown' },
  { file: '002.md', inputs: [S002], asOf: null, format: 'markdown' },
  { file: '003.as-of-2022-06-15.md', inputs: [S003], asOf: '2022-06-15', format: 'markdown' },
  { file: 'all.as-of-2022-06-15.md', inputs: SEEDS, asOf: '2022-06-15', format: 'markdown' },
  { file: 'edge-cases.as-of-2023-07-01.md', inputs: [EDGE], asOf: '2023-07-01', format: 'markdown' },
  { file: '000.as-of-2022-06-15.html', inputs: [S000], asOf: '2022-06-15', format: 'html' },
  { file: '002.as-of-2022-06-15.json', inputs: [S002], asOf: '2022-06-15', format: 'json' },
  { file: '002+003.as-of-2022-06-15.csv', inputs: [S002, S003], asOf: '2022-06-15', format: 'csv' },
  { file: 'edge-cases.as-of-2023-07-01.csv', inputs: [EDGE], asOf: '2023-07-01', format: 'csv' },
  { file: '001.ics', inputs: [S001], asOf: null, format: 'ics' },
  { file: '002.ics', inputs: [S002], asOf: null, format: 'ics' },
  { file: 'edge-cases.ics', inputs: [EDGE], asOf: null, format: 'ics' },
];

export async function reportOf(inputs: readonly string[], asOf: string | null): Promise<Report> {
  const labels = sourceLabels(inputs.map((p) => basename(p)));
  const models = await Promise.all(inputs.map(async (p, i) => ({ label: labels[i]!, model: (await loadModel(p)).model })));
  return buildReport(models, { asOf });
}

export async function render(c: GoldenCase): Promise<string> {
  return formatReport(await reportOf(c.inputs, c.asOf), c.format, { stamp: STAMP, delimiter: c.delimiter });
}

export function golden(file: string): string {
  return readFileSync(`${REPORTS}${file}`, 'utf8');
}
