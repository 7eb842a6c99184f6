// The JSON Schema is derived from the zod model: the committed copy must be current, and the
// expected models of the fixtures must satisfy the model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { modelJsonSchema } from '../src/model/json-schema.js';
import { RoadmapModel } from '../src/model/roadmap.js';
import { ROOT } from './helpers/cli.js';
import { expectedModel, orderIds } from './helpers/fixtures.js';

describe('schema', () => {
  it('schemas/roadmap.schema.json is up to date (run `npm run schema` after changing src/model)', () => {
    const committed = JSON.parse(readFileSync(`${ROOT}schemas/roadmap.schema.json`, 'utf8'));
    expect(committed).toEqual(modelJsonSchema());
  });

  it.each(orderIds())('the expected model of %s satisfies the zod model', (id) => {
    const r = RoadmapModel.safeParse(expectedModel(id));
    expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
  });

  it('rejects a model with an unknown timeframe kind or a malformed date', () => {
    const m = expectedModel('002_cfd02bc2b9fd3aef') as { roadmaps: Array<{ items: Array<{ timeframe: { kind: string; periods: Array<{ end: string }> } }> }> };
    const bad = structuredClone(m);
    bad.roadmaps[0]!.items[0]!.timeframe.kind = 'soon';
    expect(RoadmapModel.safeParse(bad).success).toBe(false);
    const bad2 = structuredClone(m);
    bad2.roadmaps[0]!.items[0]!.timeframe.periods[0]!.end = '30.04.2022';
    expect(RoadmapModel.safeParse(bad2).success).toBe(false);
  });
});
