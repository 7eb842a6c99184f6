// The JSON output is a DiffResult: every pair the other tests build, serialized and read back through
// the zod schema, strictly (no stray field, nothing missing).
import { describe, expect, it } from 'vitest';
import { DiffResult, diffModels } from '../../src/diff/index.js';
import { formatJson } from '../../src/diff/format/json.js';
import { S000, S001, S002, S003, model, roadmapOf } from './pairs.js';

function roundTrip(result: DiffResult): DiffResult {
  return DiffResult.parse(JSON.parse(formatJson(result, { pretty: true })));
}

describe('the JSON output against its schema', () => {
  it('001 vs 003: requisites, sections, items of every kind', () => {
    const d = diffModels(model(S001), model(S003), { a: { path: 'a.txt', from: 'document' }, b: { path: 'b.json', from: 'json' } });
    const back = roundTrip(d);
    expect(back).toEqual(d);
    expect(back.a).toMatchObject({ path: 'a.txt', from: 'document', format: 'txt', type: 'order', date: '2021-12-30', number: '245-ссл/г' });
    expect(back.b).toMatchObject({ path: 'b.json', from: 'json', date: '2022-02-28', number: '226' });
    expect(new Set(back.roadmaps[0]!.items.map((e) => e.change))).toEqual(new Set(['added', 'removed', 'matched']));
  });

  it('the same document: same, and nothing listed', () => {
    const back = roundTrip(diffModels(model(S002), model(S002)));
    expect(back.same).toBe(true);
    expect(back.only).toBeNull();
    expect(back.counts).toEqual({ itemsA: 28, itemsB: 28, matched: 28, unchanged: 28, changed: 0, moved: 0, added: 0, removed: 0 });
  });

  it('a plan against a report, and a focus', () => {
    const a = model(S003);
    const b = model(S003);
    roadmapOf(b).columns.push({ header: 'Отметка о выполнении', role: 'report' });
    roadmapOf(b).items.forEach((i, k) => (i.report = k % 2 ? 'Выполнено' : 'Не выполнено'));
    roadmapOf(b).items[0]!.responsible = ['Департамент'];
    const back = roundTrip(diffModels(a, b, { only: ['report', 'responsible'] }));
    expect(back.only).toEqual(['report', 'responsible']);
    expect(back.roadmaps[0]!.report!.gaps).toHaveLength(16);
  });

  it('two roadmaps against one: the one left over is a roadmap only in A', () => {
    const a = model(S000);
    a.roadmaps.push(structuredClone(model(S003).roadmaps[0]!));
    const back = roundTrip(diffModels(a, model(S000)));
    expect(back.roadmaps.map((r) => [r.a?.index ?? null, r.b?.index ?? null])).toEqual([
      [0, 0],
      [1, null],
    ]);
    expect(back.roadmaps[1]!.counts).toMatchObject({ itemsA: 32, itemsB: 0, removed: 32 });
    expect(back.same).toBe(false);
  });

  it('the schema rejects what is not a diff', () => {
    const d = JSON.parse(formatJson(diffModels(model(S002), model(S002)), { pretty: false })) as Record<string, unknown>;
    expect(DiffResult.safeParse({ ...d, extra: 1 }).success).toBe(false);
    expect(DiffResult.safeParse({ ...d, diffVersion: '0.1' }).success).toBe(false);
  });
});
