// The longest chain of matched pairs that keeps its order on both sides (a longest increasing
// subsequence): the pairs in it stayed in place; the others were moved.

/** Indices into `pairs` of a longest chain increasing in both a and b; pairs need not be sorted. */
export function longestChain(pairs: ReadonlyArray<{ a: number; b: number }>): Set<number> {
  const order = pairs.map((_, i) => i).sort((x, y) => pairs[x]!.a - pairs[y]!.a);
  // patience sorting on b, in a order
  const tails: number[] = []; // tails[k]: index (into order) of the smallest b ending a chain of length k+1
  const prev = new Int32Array(order.length).fill(-1);
  order.forEach((p, i) => {
    const b = pairs[p]!.b;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[order[tails[mid]!]!]!.b < b) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const chain = new Set<number>();
  let k = tails.length > 0 ? tails[tails.length - 1]! : -1;
  while (k >= 0) {
    chain.add(order[k]!);
    k = prev[k]!;
  }
  return chain;
}
