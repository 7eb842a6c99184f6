// Which item of plan A is which item of plan B. In three passes, strongest evidence first:
//  1. the same wording (case, ё, dashes and spacing aside);
//  2. similar wording (IDF-weighted stems, a greedy pick from the best pair down);
//  3. between the pairs that kept their order (anchors), the rows left over in the same gap are paired
//     when the rest of the row agrees (timeframe, responsible, result) or they hold the same number in a
//     plan whose numbering is stable, or the same place in the gap: a rewritten activity is a change,
//     not a removal and an addition.
// Numbers alone never match rows: in two plans of one project, item 5 of one is rarely item 5 of the other.
import type { Item } from '../model/index.js';
import { longestChain } from './longest-chain.js';
import { partyKey } from './parties.js';
import { similarPairs, similarity, vocabulary, type Bag, type Vocabulary } from './similarity.js';
import { timeframeChange } from './timeframe-change.js';
import { wordingKey } from './wording.js';

export interface ItemPair {
  a: number;
  b: number;
  /** Similarity of the activity wording, 0..1. */
  similarity: number;
}

export interface ItemMatching {
  pairs: ItemPair[];
  numbering: 'stable' | 'unstable' | 'none';
}

/** Pass 2 takes pairs this alike on wording alone. */
const SIMILAR = 0.5;
/** Pass 3 looks at pairs at least this alike; below, only a shared number or place can lift a pair to GAP_ACCEPT. */
const GAP_CANDIDATE = 0.2;
/** Pass 3 takes pairs whose combined score reaches this. */
const GAP_ACCEPT = 0.45;
/** Numbering is stable when this share of the pairs found by wording kept their number. */
const STABLE_SHARE = 0.6;

export function matchItems(as: readonly Item[], bs: readonly Item[]): ItemMatching {
  const vocab = vocabulary([...as, ...bs].map(matchText));
  const bagsA = as.map((i) => vocab.bag(matchText(i)));
  const bagsB = bs.map((i) => vocab.bag(matchText(i)));
  const pairOfA = new Int32Array(as.length).fill(-1);
  const pairOfB = new Int32Array(bs.length).fill(-1);
  const pairs: ItemPair[] = [];
  const take = (a: number, b: number, sim: number) => {
    pairOfA[a] = b;
    pairOfB[b] = a;
    pairs.push({ a, b, similarity: sim });
  };
  const numberA = as.map((i) => (i.number == null ? null : wordingKey(i.number)));
  const numberB = bs.map((i) => (i.number == null ? undefined : wordingKey(i.number)));
  const sameNumber = (a: number, b: number) => numberA[a] === numberB[b];
  const relPlace = (a: number, b: number) => Math.abs(a / Math.max(as.length, 1) - b / Math.max(bs.length, 1));

  // 1. the same wording; among twins, the one with the same number, else the first
  const byKey = new Map<string, number[]>();
  bs.forEach((item, b) => {
    const key = wordingKey(matchText(item));
    if (key === '') return;
    const list = byKey.get(key);
    if (list) list.push(b);
    else byKey.set(key, [b]);
  });
  as.forEach((item, a) => {
    const list = byKey.get(wordingKey(matchText(item)));
    if (!list) return;
    const free = list.filter((b) => pairOfB[b] === -1);
    const b = free.find((x) => sameNumber(a, x)) ?? free[0];
    if (b !== undefined) take(a, b, 1);
  });

  // 2. similar wording, the most alike first; a same number or a near place breaks ties
  const similar = similarPairs(bagsA, bagsB, vocab, SIMILAR, (a) => pairOfA[a] === -1, (b) => pairOfB[b] === -1);
  similar.sort((x, y) => rank(y) - rank(x));
  function rank(p: { a: number; b: number; score: number }): number {
    return p.score + (sameNumber(p.a, p.b) ? 0.05 : 0) + 0.02 * (1 - relPlace(p.a, p.b));
  }
  for (const p of similar) if (pairOfA[p.a] === -1 && pairOfB[p.b] === -1) take(p.a, p.b, p.score);

  const numbering = numberingOf(as, bs, pairs);

  // 3. the gaps between anchors
  const chain = longestChain(pairs);
  const anchors = pairs.filter((_, i) => chain.has(i)).sort((x, y) => x.a - y.a);
  const gapA = gapIds(as.length, anchors.map((p) => p.a));
  const gapB = gapIds(bs.length, anchors.map((p) => p.b));
  const freeA = (a: number) => pairOfA[a] === -1;
  const freeB = (b: number) => pairOfB[b] === -1;
  const candidates = new Map<string, { a: number; b: number; sim: number }>();
  const consider = (a: number, b: number, sim?: number) => {
    if (!freeA(a) || !freeB(b) || gapA[a] !== gapB[b]) return;
    const key = `${a}:${b}`;
    if (!candidates.has(key)) candidates.set(key, { a, b, sim: sim ?? similarity(bagsA[a]!, bagsB[b]!, vocab) });
  };
  for (const p of similarPairs(bagsA, bagsB, vocab, GAP_CANDIDATE, freeA, freeB)) consider(p.a, p.b, p.score);
  const gapsA = groupBy(as.length, gapA, freeA);
  const gapsB = groupBy(bs.length, gapB, freeB);
  for (const [gap, ua] of gapsA) {
    const ub = gapsB.get(gap);
    if (!ub) continue;
    if (ua.length === ub.length) ua.forEach((a, k) => consider(a, ub[k]!));
    if (numbering === 'stable') for (const a of ua) for (const b of ub) if (sameNumber(a, b)) consider(a, b);
  }
  const placeInGap = (gaps: Map<number, number[]>) => {
    const out = new Map<number, { offset: number; size: number }>();
    for (const list of gaps.values()) list.forEach((i, offset) => out.set(i, { offset, size: list.length }));
    return out;
  };
  const placeA = placeInGap(gapsA);
  const placeB = placeInGap(gapsB);
  const restA = as.map((i) => restOf(i, vocab));
  const restB = bs.map((i) => restOf(i, vocab));
  const scored = [...candidates.values()].flatMap((c) => {
    const pa = placeA.get(c.a)!;
    const pb = placeB.get(c.b)!;
    const samePlace = pa.size === pb.size && pa.offset === pb.offset;
    const score =
      0.7 * c.sim +
      0.3 * restAlike(restA[c.a]!, restB[c.b]!, vocab) +
      (numbering === 'stable' && sameNumber(c.a, c.b) ? 0.25 : 0) +
      (samePlace ? 0.15 : 0);
    return score >= GAP_ACCEPT ? [{ ...c, score }] : [];
  });
  scored.sort((x, y) => y.score - x.score || relPlace(x.a, x.b) - relPlace(y.a, y.b));
  for (const c of scored) if (freeA(c.a) && freeB(c.b)) take(c.a, c.b, c.sim);

  pairs.sort((x, y) => x.a - y.a);
  return { pairs, numbering };
}

/** The text that identifies a row: its activity, else its result or indicator. */
export function matchText(item: Item): string {
  return item.activity ?? item.result ?? item.indicator ?? '';
}

/** Stable numbering: most rows matched by wording kept their number, so a number names the same row on both sides. */
function numberingOf(as: readonly Item[], bs: readonly Item[], pairs: readonly ItemPair[]): ItemMatching['numbering'] {
  let numbered = 0;
  let kept = 0;
  for (const p of pairs) {
    const na = as[p.a]!.number;
    const nb = bs[p.b]!.number;
    if (na == null || nb == null) continue;
    numbered++;
    if (wordingKey(na) === wordingKey(nb)) kept++;
  }
  if (numbered === 0) return as.some((i) => i.number != null) && bs.some((i) => i.number != null) ? 'unstable' : 'none';
  return kept / numbered >= STABLE_SHARE ? 'stable' : 'unstable';
}

/** The rest of a row, prepared for comparing: timeframe, parties, result and indicator. */
interface Rest {
  timeframe: Item['timeframe'];
  parties: Set<string>;
  outcome: string;
  outcomeBag: Bag;
}

function restOf(item: Item, vocab: Vocabulary): Rest {
  const outcome = [item.result, item.indicator].filter(Boolean).join(' ');
  return { timeframe: item.timeframe, parties: new Set(item.responsible.map(partyKey)), outcome: wordingKey(outcome), outcomeBag: vocab.bag(outcome) };
}

/** How alike the rest of two rows is (timeframe, responsible, result and indicator), 0..1. */
function restAlike(a: Rest, b: Rest, vocab: Vocabulary): number {
  const parts: number[] = [];
  if (a.timeframe.text != null || b.timeframe.text != null) parts.push(timeframeChange(a.timeframe, b.timeframe) ? 0 : 1);
  if (a.parties.size > 0 || b.parties.size > 0) parts.push(jaccard(a.parties, b.parties));
  if (a.outcome !== '' || b.outcome !== '') parts.push(a.outcome === b.outcome ? 1 : similarity(a.outcomeBag, b.outcomeBag, vocab));
  return parts.length === 0 ? 0 : parts.reduce((x, y) => x + y, 0) / parts.length;
}

function jaccard(sx: ReadonlySet<string>, sy: ReadonlySet<string>): number {
  let both = 0;
  for (const k of sx) if (sy.has(k)) both++;
  const union = sx.size + sy.size - both;
  return union === 0 ? 0 : both / union;
}

/** For each index, the number of anchors before it: rows with the same id lie in the same gap. */
function gapIds(n: number, anchors: readonly number[]): Int32Array {
  const ids = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < anchors.length && anchors[k]! < i) k++;
    ids[i] = k;
  }
  return ids;
}

function groupBy(n: number, ids: Int32Array, keep: (i: number) => boolean): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    const list = out.get(ids[i]!);
    if (list) list.push(i);
    else out.set(ids[i]!, [i]);
  }
  return out;
}
