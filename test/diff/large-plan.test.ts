// A plan of 500 items, edited in known ways: the diff finds exactly those edits
// (how fast is measured by `npm run bench -- diff`, src/bench/diff.ts).
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/index.js';
import type { Item, RoadmapModel } from '../../src/model/index.js';
import { SEEDS, model, newItem } from './pairs.js';

// a small deterministic generator (mulberry32), so the plan is the same on every run
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  ...new Set(
    SEEDS.flatMap((id) => model(id).roadmaps[0]!.items.flatMap((i) => (i.activity ?? '').split(/\s+/u)))
      .filter((w) => /^\p{L}{4,}$/u.test(w)),
  ),
];

function plan(n: number, rnd: () => number): RoadmapModel {
  const m = model(SEEDS[2]!);
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  m.roadmaps[0]!.items = Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 8 + Math.floor(rnd() * 12) }, pick);
    const day = 1 + Math.floor(rnd() * 28);
    const iso = `2022-0${1 + Math.floor(rnd() * 9)}-${String(day).padStart(2, '0')}`;
    return newItem({
      number: String(i + 1),
      activity: words.join(' '),
      timeframe: { text: iso, kind: 'date', periods: [{ start: iso, end: iso, precision: 'day' }], recurrence: null },
      responsible: [pick()],
      result: Array.from({ length: 5 }, pick).join(' '),
    });
  });
  return m;
}

describe('a plan of 500 items', () => {
  const rnd = random(6);
  const a = plan(500, rnd);
  const b = structuredClone(a);
  const items: Item[] = b.roadmaps[0]!.items;
  // 10 timeframes shifted by +14 days, 10 activities with one word replaced (items 100–119, untouched otherwise)
  for (let i = 100; i < 110; i++) {
    const p = items[i]!.timeframe.periods[0]!;
    const d = new Date(`${p.end}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 14);
    const iso = d.toISOString().slice(0, 10);
    items[i]!.timeframe = { text: iso, kind: 'date', periods: [{ start: iso, end: iso, precision: 'day' }], recurrence: null };
  }
  for (let i = 110; i < 120; i++) {
    const words = items[i]!.activity!.split(' ');
    words[3] = 'согласование';
    items[i]!.activity = words.join(' ');
  }
  // 20 removed (every 15th from 200: 200 … 485), then 20 inserted (every 17th from 300, counted in the shortened list)
  for (let k = 19; k >= 0; k--) items.splice(200 + k * 15, 1);
  for (let k = 0; k < 20; k++) items.splice(300 + k * 17, 0, newItem({ activity: `Новое мероприятие номер ${k} по плану доработки ${WORDS[k]}` }));
  items.forEach((item, i) => (item.number = String(i + 1)));

  it('finds exactly the edits', () => {
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.counts).toMatchObject({ itemsA: 500, itemsB: 500, matched: 480, added: 20, removed: 20, changed: 20, moved: 0 });
    const changed = r.items.flatMap((e) => (e.change === 'matched' ? [[e.a.index, e.fields.map((f) => f.field).join()]] : []));
    expect(changed).toEqual([
      ...Array.from({ length: 10 }, (_, k) => [100 + k, 'timeframe']),
      ...Array.from({ length: 10 }, (_, k) => [110 + k, 'activity']),
    ]);
  });
});
