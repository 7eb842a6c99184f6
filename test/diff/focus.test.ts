// --only: the result narrowed to the aspects asked for; `same` answers for those alone.
import { describe, expect, it } from 'vitest';
import { diffModels, parseAspects } from '../../src/diff/index.js';
import { S003, model, roadmapOf } from './pairs.js';

function edited() {
  const a = model(S003);
  const b = model(S003);
  const items = roadmapOf(b).items;
  items[17]!.timeframe = { text: '04.03.2022 г.', kind: 'date', periods: [{ start: '2022-03-04', end: '2022-03-04', precision: 'day' }], recurrence: null };
  items[17]!.responsible = ['ОИРО'];
  items[20]!.indicator = 'Разработаны и направлены методические рекомендации';
  b.document.number = '226-1';
  return { a, b };
}

describe('--only', () => {
  it('timeframe,responsible: only those fields, only those items', () => {
    const { a, b } = edited();
    const d = diffModels(a, b, { only: ['timeframe', 'responsible'] });
    expect(d.requisites).toEqual([]);
    expect(d.roadmaps[0]!.items.map((e) => e.change === 'matched' && [e.a.number, e.fields.map((f) => f.field)])).toEqual([['18', ['timeframe', 'responsible']]]);
    expect(d.same).toBe(false);
  });

  it('an aspect that did not change gives «the same»', () => {
    const { a, b } = edited();
    expect(diffModels(a, b, { only: ['activity', 'added', 'removed', 'moved'] }).same).toBe(true);
    expect(diffModels(a, b, { only: ['requisites'] }).requisites).toEqual([{ field: 'number', a: '226', b: '226-1' }]);
  });

  it('reads a comma list and refuses an unknown aspect', () => {
    expect(parseAspects('timeframe, responsible,timeframe')).toEqual(['timeframe', 'responsible']);
    expect(() => parseAspects('timeframe,deadline')).toThrow(/unknown aspect «deadline»/u);
    expect(() => parseAspects(',')).toThrow(/no aspect/u);
  });
});
