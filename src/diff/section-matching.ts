// Which section of plan A is which section of plan B: the same title, a similar title, or — for a
// renamed section — the section most of its items went to.
import type { Item, Section } from '../model/index.js';
import type { SectionEntry } from './diff-result.js';
import { longestChain } from './longest-chain.js';
import { numberPlaces, shiftedOnly } from './numbering.js';
import { similarPairs, vocabulary } from './similarity.js';
import { sideBySide } from './side-by-side.js';
import { wordingKey } from './wording.js';

const SIMILAR_TITLE = 0.5;

export interface SectionMatching {
  /** Section index in b for each section index in a (absent: removed). */
  aToB: Map<number, number>;
  entries: SectionEntry[];
}

/** The index of an item's section in the roadmap's sections (by number, else by title), or -1. */
export function sectionIndexer(sections: readonly Section[]): (item: Item) => number {
  const byNumber = new Map<string, number>();
  const byTitle = new Map<string, number>();
  sections.forEach((s, i) => {
    if (s.number != null && !byNumber.has(wordingKey(s.number))) byNumber.set(wordingKey(s.number), i);
    if (!byTitle.has(wordingKey(s.title))) byTitle.set(wordingKey(s.title), i);
  });
  return (item) => {
    if (item.section == null) return -1;
    const key = wordingKey(item.section);
    return byNumber.get(key) ?? byTitle.get(key) ?? -1;
  };
}

export function matchSections(
  sa: readonly Section[],
  sb: readonly Section[],
  itemSectionsA: readonly number[],
  itemSectionsB: readonly number[],
  itemPairs: ReadonlyArray<{ a: number; b: number }>,
): SectionMatching {
  const aToB = new Map<number, number>();
  const bToA = new Map<number, number>();
  const take = (a: number, b: number) => {
    aToB.set(a, b);
    bToA.set(b, a);
  };
  // the same title
  sa.forEach((s, a) => {
    const b = sb.findIndex((t, i) => !bToA.has(i) && wordingKey(t.title) === wordingKey(s.title));
    if (b >= 0) take(a, b);
  });
  // a similar title
  const vocab = vocabulary([...sa, ...sb].map((s) => s.title));
  const similar = similarPairs(
    sa.map((s) => vocab.bag(s.title)),
    sb.map((s) => vocab.bag(s.title)),
    vocab,
    SIMILAR_TITLE,
    (a) => !aToB.has(a),
    (b) => !bToA.has(b),
  ).sort((x, y) => y.score - x.score);
  for (const p of similar) if (!aToB.has(p.a) && !bToA.has(p.b)) take(p.a, p.b);
  // where the items went: a section whose items mostly went to one section was renamed to it
  const flows = new Map<string, number>();
  for (const p of itemPairs) {
    const a = itemSectionsA[p.a]!;
    const b = itemSectionsB[p.b]!;
    if (a < 0 || b < 0) continue;
    flows.set(`${a}:${b}`, (flows.get(`${a}:${b}`) ?? 0) + 1);
  }
  const size = (list: readonly number[], s: number) => list.filter((x) => x === s).length;
  [...flows.entries()]
    .map(([k, n]) => {
      const [a, b] = k.split(':').map(Number) as [number, number];
      return { a, b, n };
    })
    .filter((f) => 2 * f.n >= size(itemSectionsA, f.a) && 2 * f.n >= size(itemSectionsB, f.b))
    .sort((x, y) => y.n - x.n)
    .forEach((f) => {
      if (!aToB.has(f.a) && !bToA.has(f.b)) take(f.a, f.b);
    });

  const pairs = [...aToB.entries()].map(([a, b]) => ({ a, b }));
  const chain = longestChain(pairs);
  const inChain = new Set([...chain].map((i) => pairs[i]!.a));
  const placesA = numberPlaces(sa.map((s) => s.number));
  const placesB = numberPlaces(sb.map((s) => s.number));
  const entries: SectionEntry[] = [];
  for (const slot of sideBySide(sa.length, sb.length, pairs)) {
    if (slot.a === null) entries.push({ change: 'added', b: sb[slot.b!]! });
    else if (slot.b === null) entries.push({ change: 'removed', a: sa[slot.a]! });
    else {
      const a = sa[slot.a]!;
      const b = sb[slot.b]!;
      const renamed = wordingKey(a.title) !== wordingKey(b.title);
      const renumbered = wordingKey(a.number) !== wordingKey(b.number) && !shiftedOnly(placesA[slot.a]!, placesB[slot.b]!);
      const reordered = !inChain.has(slot.a);
      if (renamed || renumbered || reordered) entries.push({ change: 'changed', a, b, renamed, renumbered, reordered });
    }
  }
  return { aToB, entries };
}
