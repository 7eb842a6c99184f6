// Pairs of plans made from the fixtures at test time: the expected models (cloned, to be edited) and
// the .txt sources (to be edited and parsed again).
import { readFileSync } from 'node:fs';
import { parseText } from '../../src/api.js';
import { RoadmapModel, type Item, type Roadmap } from '../../src/model/index.js';
import { FIXTURES, ORDERS, expectedModel } from '../helpers/fixtures.js';

export const S000 = '000_634ec10432542fee';
export const S001 = '001_905b539a19fec123';
export const S002 = '002_cfd02bc2b9fd3aef';
export const S003 = '003_77b42d29d9c320cf';
export const SEEDS = [S000, S001, S002, S003];

/** A fresh copy of a seed's expected model, free to edit. */
export function model(id: string): RoadmapModel {
  return RoadmapModel.parse(structuredClone(expectedModel(id)));
}

export function roadmapOf(m: RoadmapModel): Roadmap {
  return m.roadmaps[0]!;
}

export function sourceText(id: string): string {
  return readFileSync(`${ORDERS}${id}.txt`, 'utf8');
}

export function loExportPath(id: string): string {
  return `${FIXTURES}txt-variants/${id}.lo-export.txt`;
}

/** The seed's .txt with its lines rewritten by `edit`, parsed. */
export function editedTxt(id: string, edit: (lines: string[]) => string[]): RoadmapModel {
  return parseText(edit(sourceText(id).split('\n')).join('\n'), { file: `${id}.edited.txt` });
}

/** A new item with the given texts, the rest empty. */
export function newItem(fields: Partial<Item> & { activity: string }): Item {
  return {
    number: null,
    section: null,
    timeframe: { text: null, kind: 'none', periods: [], recurrence: null },
    responsible: [],
    result: null,
    indicator: null,
    info: null,
    report: null,
    links: [],
    extra: {},
    ...fields,
  };
}
