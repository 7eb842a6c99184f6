// Which roadmap table of A is which of B, for documents holding several: by title and by the share of
// activities they have in common; a single table on each side is always the same roadmap.
import type { Roadmap } from '../model/index.js';
import { matchText } from './item-matching.js';
import { wordingKey } from './wording.js';

const ENOUGH = 0.3;

export function pairRoadmaps(as: readonly Roadmap[], bs: readonly Roadmap[]): Array<{ a: number | null; b: number | null }> {
  if (as.length === 1 && bs.length === 1) return [{ a: 0, b: 0 }];
  const scored: Array<{ a: number; b: number; score: number }> = [];
  as.forEach((ra, a) =>
    bs.forEach((rb, b) => {
      const keysB = new Set(rb.items.map((i) => wordingKey(matchText(i))));
      const shared = ra.items.filter((i) => keysB.has(wordingKey(matchText(i)))).length;
      const overlap = shared / Math.max(1, Math.min(ra.items.length, rb.items.length));
      const title = ra.title != null && wordingKey(ra.title) === wordingKey(rb.title) ? 1 : 0;
      scored.push({ a, b, score: Math.max(overlap, title) });
    }),
  );
  scored.sort((x, y) => y.score - x.score || x.a - y.a);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Array<{ a: number | null; b: number | null }> = [];
  for (const s of scored) {
    if (s.score < ENOUGH || usedA.has(s.a) || usedB.has(s.b)) continue;
    usedA.add(s.a);
    usedB.add(s.b);
    out.push({ a: s.a, b: s.b });
  }
  as.forEach((_, a) => usedA.has(a) || out.push({ a, b: null }));
  bs.forEach((_, b) => usedB.has(b) || out.push({ a: null, b }));
  return out.sort((x, y) => (x.b ?? Infinity) - (y.b ?? Infinity) || (x.a ?? Infinity) - (y.a ?? Infinity));
}
