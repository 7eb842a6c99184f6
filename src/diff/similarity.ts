// How alike two texts are: a Dice coefficient over their stems, each stem weighted by how rare it is in
// the two plans (IDF), so «проекта» or «школ» count for little and «анкетирование» for much. Pairs are
// found through an inverted index, so a plan of hundreds of rows is not compared all against all.
import { stems } from './stems.js';

export interface Bag {
  /** Stem ids, ascending. */
  ids: Int32Array;
  /** The sum of their weights. */
  total: number;
}

export interface Vocabulary {
  bag(text: string | null | undefined): Bag;
  weight(id: number): number;
}

/** A vocabulary over all the texts to be compared: stem ids and their IDF weights. */
export function vocabulary(texts: ReadonlyArray<string | null | undefined>): Vocabulary {
  const ids = new Map<string, number>();
  const df: number[] = [];
  const stemOf = new Map<string, string>();
  const split = texts.map((t) => stems(t, stemOf));
  for (const words of split) {
    for (const w of words) {
      let id = ids.get(w);
      if (id === undefined) {
        id = df.length;
        ids.set(w, id);
        df.push(0);
      }
      df[id]! += 1;
    }
  }
  const n = Math.max(texts.length, 1);
  const weights = df.map((d) => Math.log(1 + n / d));
  const unseen = Math.log(1 + n);
  // the same text is bagged more than once (matching, then scoring); stemming is the costly part
  const bags = new Map<string, Bag>();
  const bagOf = (text: string, words: readonly string[]): Bag => {
    const found: number[] = [];
    let total = 0;
    for (const w of words) {
      let id = ids.get(w);
      if (id === undefined) {
        // a word outside the vocabulary still counts, as the rarest kind
        id = weights.length;
        ids.set(w, id);
        weights.push(unseen);
      }
      found.push(id);
      total += weights[id]!;
    }
    found.sort((x, y) => x - y);
    const bag = { ids: Int32Array.from(found), total };
    bags.set(text, bag);
    return bag;
  };
  texts.forEach((t, i) => bags.has(t ?? '') || bagOf(t ?? '', split[i]!));
  return {
    weight: (id) => weights[id] ?? unseen,
    bag: (text) => bags.get(text ?? '') ?? bagOf(text ?? '', stems(text, stemOf)),
  };
}

/** Weighted Dice similarity of two bags, 0..1; two empty bags are not alike (0). */
export function similarity(x: Bag, y: Bag, vocab: Vocabulary): number {
  if (x.total === 0 || y.total === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.ids.length && j < y.ids.length) {
    const a = x.ids[i]!;
    const b = y.ids[j]!;
    if (a === b) {
      shared += vocab.weight(a);
      i++;
      j++;
    } else if (a < b) i++;
    else j++;
  }
  return (2 * shared) / (x.total + y.total);
}

export interface Scored {
  a: number;
  b: number;
  score: number;
}

/** All pairs (a, b) whose similarity reaches `min`, among the a and b indices allowed. */
export function similarPairs(
  as: readonly Bag[],
  bs: readonly Bag[],
  vocab: Vocabulary,
  min: number,
  allowA: (a: number) => boolean = () => true,
  allowB: (b: number) => boolean = () => true,
): Scored[] {
  const postings = new Map<number, number[]>();
  bs.forEach((bag, b) => {
    if (!allowB(b)) return;
    for (const id of bag.ids) {
      const list = postings.get(id);
      if (list) list.push(b);
      else postings.set(id, [b]);
    }
  });
  const out: Scored[] = [];
  const shared = new Float64Array(bs.length);
  const touched: number[] = [];
  as.forEach((bag, a) => {
    if (!allowA(a) || bag.total === 0) return;
    for (const id of bag.ids) {
      const w = vocab.weight(id);
      for (const b of postings.get(id) ?? []) {
        if (shared[b] === 0) touched.push(b);
        shared[b]! += w;
      }
    }
    for (const b of touched) {
      const score = (2 * shared[b]!) / (bag.total + bs[b]!.total);
      if (score >= min) out.push({ a, b, score: Math.min(1, score) });
      shared[b] = 0;
    }
    touched.length = 0;
  });
  return out;
}
