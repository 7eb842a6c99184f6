// Sections matched by title, by a similar title, or by where their items went; removed and added ones.
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/index.js';
import { S000, model, roadmapOf } from './pairs.js';

describe('sections', () => {
  it('a section renamed beyond recognition is still the section its items went to', () => {
    const a = model(S000);
    const b = model(S000);
    // section 4 «Повышение квалификации педагогов школы, …» holds items 4.1–4.4
    roadmapOf(b).sections[3]!.title = 'Учёба кадров';
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.sections).toEqual([
      { change: 'changed', a: roadmapOf(a).sections[3], b: { number: '4', title: 'Учёба кадров' }, renamed: true, renumbered: false, reordered: false },
    ]);
    expect(r.items).toEqual([]);
  });

  it('a section dropped with its items: one section and its items removed, the rest untouched', () => {
    const a = model(S000);
    const b = model(S000);
    const rb = roadmapOf(b);
    // section 6 «Анализ реализации проекта «500+»» has one item, 6.1
    rb.sections.splice(5, 1);
    rb.items = rb.items.filter((i) => i.section !== '6');
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.sections).toEqual([{ change: 'removed', a: { number: '6', title: 'Анализ реализации проекта «500+»' } }]);
    expect(r.items.map((e) => [e.change, e.change === 'removed' ? e.a.number : null])).toEqual([['removed', '6.1']]);
  });

  it('two sections swapped (numbers kept): one of them moved, and the fewer items with it', () => {
    const a = model(S000);
    const b = model(S000);
    const rb = roadmapOf(b);
    [rb.sections[4], rb.sections[5]] = [rb.sections[5]!, rb.sections[4]!];
    const five = rb.items.filter((i) => i.section === '5');
    const six = rb.items.filter((i) => i.section === '6');
    const start = rb.items.indexOf(five[0]!);
    rb.items.splice(start, five.length + six.length, ...six, ...five);
    const r = diffModels(a, b).roadmaps[0]!;
    // one of the two is the one that moved: the longest chain keeps the other in place
    const reordered = r.sections.filter((s) => s.change === 'changed' && s.reordered);
    expect(reordered).toHaveLength(1);
    expect(r.sections).toHaveLength(1);
    // items: 6.1 moving above 5.1 and 5.2 is the smallest move that explains the new order
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ change: 'matched', a: { number: '6.1' }, moved: { reordered: true, after: '4.4', renumbered: false, section: false }, fields: [] });
  });
});
