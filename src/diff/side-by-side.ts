// Two matched lists interleaved for reading, as a unified diff does: in the order of b, each row
// only in a placed after the row of b that matches its nearest matched predecessor in a.

export interface Slot {
  a: number | null;
  b: number | null;
}

export function sideBySide(nA: number, nB: number, pairs: ReadonlyArray<{ a: number; b: number }>): Slot[] {
  const partnerOfA = new Map(pairs.map((p) => [p.a, p.b]));
  const partnerOfB = new Map(pairs.map((p) => [p.b, p.a]));
  const keyed: Array<{ slot: Slot; key: [number, number, number] }> = [];
  for (let b = 0; b < nB; b++) keyed.push({ slot: { a: partnerOfB.get(b) ?? null, b }, key: [b, 0, 0] });
  let after = -1;
  for (let a = 0; a < nA; a++) {
    const b = partnerOfA.get(a);
    if (b !== undefined) after = b;
    else keyed.push({ slot: { a, b: null }, key: [after, 1, a] });
  }
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1] || x.key[2] - y.key[2]);
  return keyed.map((k) => k.slot);
}
