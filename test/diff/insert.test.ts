// A copy with one item inserted in the middle: one addition and nothing else — whether the items after
// it were renumbered (as an editor would) or not.
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/index.js';
import { S001, S002, S003, editedTxt, model, newItem, roadmapOf, sourceText } from './pairs.js';
import { parseText } from '../../src/api.js';

const NEW = newItem({
  number: null,
  activity: 'Проведение выездного методического совещания с директорами школ по итогам первого полугодия',
  timeframe: { text: 'Июль 2022 г.', kind: 'range', periods: [{ start: '2022-07-01', end: '2022-07-31', precision: 'month' }], recurrence: null },
  responsible: ['МОУО'],
  result: 'Протокол совещания',
});

describe('one item inserted in the middle', () => {
  it('002, the later items renumbered: one addition, no change, no move', () => {
    const a = model(S002);
    const b = model(S002);
    const items = roadmapOf(b).items;
    // after item 14 (index 12: 002 has no item 2); the items after it move up one number
    const at = items.findIndex((i) => i.number === '14') + 1;
    for (const item of items.slice(at)) item.number = String(Number(item.number) + 1);
    items.splice(at, 0, { ...NEW, number: '15' });
    const d = diffModels(a, b);
    const r = d.roadmaps[0]!;
    expect(r.items).toEqual([{ change: 'added', b: { index: at, number: '15', section: null, activity: NEW.activity } }]);
    expect(r.counts).toMatchObject({ itemsA: 28, itemsB: 29, matched: 28, unchanged: 28, added: 1, removed: 0, moved: 0, changed: 0 });
    expect(d.same).toBe(false);
  });

  it('002, numbered «14а» and nothing renumbered: one addition', () => {
    const a = model(S002);
    const b = model(S002);
    const items = roadmapOf(b).items;
    const at = items.findIndex((i) => i.number === '14') + 1;
    items.splice(at, 0, { ...NEW, number: '14а' });
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.items.map((e) => e.change)).toEqual(['added']);
    expect(r.counts.unchanged).toBe(28);
  });

  it('001 (sections, items numbered through): an item inserted into section 3 and the rest renumbered — one addition', () => {
    const a = model(S001);
    const b = model(S001);
    const rb = roadmapOf(b);
    const at = rb.items.findIndex((i) => i.number === '25') + 1;
    const section = rb.items[at - 1]!.section;
    for (const item of rb.items.slice(at)) item.number = String(Number(item.number) + 1);
    rb.items.splice(at, 0, { ...NEW, number: '26', section });
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.sections).toEqual([]);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ change: 'added', b: { number: '26', section } });
    expect(r.counts).toMatchObject({ matched: 58, unchanged: 58 });
  });

  it('003 as text: a row typed into the .txt before item 17, the rows after renumbered, parsed again — one addition', () => {
    const b = editedTxt(S003, (lines) =>
      lines.flatMap((line) => {
        const m = /^(\d+)(\.?)\t/u.exec(line);
        if (!m || Number(m[1]) < 17) return [line];
        const renumbered = `${Number(m[1]) + 1}${m[2]}\t${line.slice(m[0].length)}`;
        if (Number(m[1]) !== 17) return [renumbered];
        return ['17.\tОрганизация стажировки кураторов на базе школ с высокими результатами обучения\tМай 2022 г.\tОИРО\tСтажировку прошли 100% кураторов\tСайт ОИРО', renumbered];
      }),
    );
    const a = parseText(sourceText(S003), { file: `${S003}.txt` });
    expect(roadmapOf(b).items).toHaveLength(33);
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      change: 'added',
      b: { number: '17', activity: 'Организация стажировки кураторов на базе школ с высокими результатами обучения' },
    });
    expect(r.counts).toMatchObject({ matched: 32, unchanged: 32, added: 1 });
  });

  it('one item removed from the middle and the rest renumbered: one removal', () => {
    const a = model(S003);
    const b = model(S003);
    const items = roadmapOf(b).items;
    const [gone] = items.splice(9, 1);
    items.slice(9).forEach((item) => (item.number = String(Number(item.number) - 1)));
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.items).toEqual([{ change: 'removed', a: { index: 9, number: '10', section: null, activity: gone!.activity } }]);
  });
});
