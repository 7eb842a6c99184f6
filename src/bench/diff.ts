// The diff benchmark: diffModels on a plan of 500 items against a copy with 20 items edited, 20 removed
// and 20 inserted (the shape of test/diff/large-plan.test.ts, which checks what it finds); the median
// time of a run. The speed of the diff is measured here, not asserted by a unit test.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { diffModels } from '../diff/index.js';
import type { Item, RoadmapModel } from '../model/roadmap.js';

const SEED = new URL('../../fixtures/orders/003_77b42d29d9c320cf.expected.json', import.meta.url);
const ITEMS = 500;

function plans(): [RoadmapModel, RoadmapModel] {
  const a = JSON.parse(readFileSync(fileURLToPath(SEED), 'utf8')) as RoadmapModel;
  const seedItems = a.roadmaps[0]!.items;
  a.roadmaps[0]!.items = Array.from({ length: ITEMS }, (_, i) => ({
    ...structuredClone(seedItems[i % seedItems.length]!),
    number: String(i + 1),
    activity: `${seedItems[i % seedItems.length]!.activity ?? ''} (этап ${i + 1})`,
  }));
  const b = structuredClone(a);
  const items: Item[] = b.roadmaps[0]!.items;
  for (let i = 100; i < 120; i++) items[i]!.activity = `${items[i]!.activity} с согласованием`;
  for (let k = 19; k >= 0; k--) items.splice(200 + k * 15, 1);
  for (let k = 0; k < 20; k++) items.splice(300 + k * 17, 0, { ...structuredClone(items[0]!), activity: `Новое мероприятие номер ${k}` });
  items.forEach((item, i) => (item.number = String(i + 1)));
  return [a, b];
}

export async function benchDiff(): Promise<string[]> {
  const [a, b] = plans();
  diffModels(a, b); // warm up
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    diffModels(a, b);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  return [`diff: ${ITEMS} items against 20 edited, 20 removed, 20 inserted — median ${times[2]!.toFixed(0)} ms of 5 runs (target: under 1,000 ms)`];
}
