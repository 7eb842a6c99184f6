// Renumbered and reordered copies: moves only — no addition, no removal, no field changed.
import { describe, expect, it } from 'vitest';
import { diffModels, type ItemEntry } from '../../src/diff/index.js';
import { S000, S003, model, newItem, roadmapOf } from './pairs.js';

const matched = (items: ItemEntry[]) => items.filter((e) => e.change === 'matched');

describe('renumbered copies', () => {
  it('003 numbered anew («1» → «1.1» … «32» → «1.32»): every item renumbered, nothing else', () => {
    const a = model(S003);
    const b = model(S003);
    for (const item of roadmapOf(b).items) item.number = `1.${item.number}`;
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.items).toHaveLength(32);
    for (const e of r.items) {
      expect(e).toMatchObject({ change: 'matched', moved: { reordered: false, after: null, renumbered: true, section: false }, fields: [] });
    }
    expect(r.counts).toMatchObject({ added: 0, removed: 0, changed: 0, moved: 32 });
  });

  it('003 with item 5 moved after item 20 and all renumbered by place: one move', () => {
    const a = model(S003);
    const b = model(S003);
    const items = roadmapOf(b).items;
    const [five] = items.splice(4, 1);
    items.splice(19, 0, five!);
    items.forEach((item, i) => (item.number = String(i + 1)));
    const r = diffModels(a, b).roadmaps[0]!;
    // items 6–20 move up one number because 5 left: that follows from the move and is not reported
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      change: 'matched',
      a: { index: 4, number: '5' },
      b: { index: 19, number: '20' },
      // it now follows what was item 20, numbered 19 since 5 left
      moved: { reordered: true, after: '19', renumbered: false, section: false },
      fields: [],
    });
    expect(r.counts).toMatchObject({ matched: 32, unchanged: 31, moved: 1, added: 0, removed: 0 });
  });

  it('two items swapped, each keeping its number: two moves', () => {
    const a = model(S003);
    const b = model(S003);
    const items = roadmapOf(b).items;
    [items[2], items[9]] = [items[9]!, items[2]!];
    const r = diffModels(a, b).roadmaps[0]!;
    expect(matched(r.items).map((e) => e.change === 'matched' && [e.a.number, e.moved])).toEqual([
      ['10', { reordered: true, after: '2', renumbered: false, section: false }],
      ['3', { reordered: true, after: '9', renumbered: false, section: false }],
    ]);
    expect(r.items).toHaveLength(2);
  });

  it('000: a section inserted before section 3 — sections 3–7 become 4–8 and their items 3.x → 4.x: one section and one item added, nothing moved', () => {
    const a = model(S000);
    const b = model(S000);
    const rb = roadmapOf(b);
    const bump = (n: string) => n.replace(/^(\d+)/u, (d) => String(Number(d) >= 3 ? Number(d) + 1 : Number(d)));
    for (const s of rb.sections) s.number = bump(s.number!);
    for (const item of rb.items) {
      item.number = bump(item.number!);
      item.section = bump(item.section!);
    }
    rb.sections.splice(2, 0, { number: '3', title: 'Работа с родительской общественностью' });
    const at = rb.items.findIndex((i) => i.number === '4.1');
    rb.items.splice(at, 0, newItem({ number: '3.1', section: '3', activity: 'Проведение родительских собраний по итогам ВПР' }));
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.sections).toEqual([{ change: 'added', b: { number: '3', title: 'Работа с родительской общественностью' } }]);
    expect(r.items).toEqual([
      { change: 'added', b: { index: at, number: '3.1', section: '3', activity: 'Проведение родительских собраний по итогам ВПР' } },
    ]);
  });

  it('003 divided into two sections (it had none): two sections added, no item moved', () => {
    const a = model(S003);
    const b = model(S003);
    const rb = roadmapOf(b);
    rb.sections = [
      { number: '1', title: 'Организационные мероприятия' },
      { number: '2', title: 'Методическое сопровождение' },
    ];
    rb.items.forEach((item, i) => (item.section = i < 15 ? '1' : '2'));
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.sections.map((s) => s.change)).toEqual(['added', 'added']);
    expect(r.items).toEqual([]);
  });

  it('000: an item moved to another section (2.14 → 5.3): moved, with its section', () => {
    const a = model(S000);
    const b = model(S000);
    const items = roadmapOf(b).items;
    const from = items.findIndex((i) => i.number === '2.14');
    const [item] = items.splice(from, 1);
    // 2.15–2.19 close the gap
    for (const i of items) if (i.section === '2' && Number(i.number!.split('.')[1]) > 14) i.number = `2.${Number(i.number!.split('.')[1]) - 1}`;
    item!.number = '5.3';
    item!.section = '5';
    items.splice(items.findIndex((i) => i.number === '5.2') + 1, 0, item!);
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({
      change: 'matched',
      a: { number: '2.14', section: '2' },
      b: { number: '5.3', section: '5' },
      moved: { reordered: true, after: '5.2', renumbered: true, section: true },
      fields: [],
    });
  });
});
