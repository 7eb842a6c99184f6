// A word-level diff of two texts (like `git diff --word-diff`): the longest common run of words kept,
// the rest marked deleted or inserted. Words compare by their wording key, so case and ё/е are no change.
import type { WordOp } from './diff-result.js';
import { tokenKey } from './wording.js';

// A token is a word or one punctuation mark, with the whitespace before it.
const TOKEN = /\s*(?:[\p{L}\p{N}]+|[^\s\p{L}\p{N}])/gu;
// beyond this many cells the table is not worth it: the texts are shown as replaced
const MAX_CELLS = 4_000_000;

export function wordDiff(a: string | null, b: string | null): WordOp[] {
  const x = tokens(a);
  const y = tokens(b);
  const kx = x.map(tokenKey);
  const ky = y.map(tokenKey);
  const ops: WordOp[] = [];
  const push = (op: WordOp['op'], text: string) => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += text;
    else ops.push({ op, text });
  };
  if (x.length * y.length > MAX_CELLS) {
    if (x.length) push('delete', x.join(''));
    if (y.length) push('insert', y.join(''));
    return ops;
  }
  // lcs[i][j]: the longest common subsequence of x[i..] and y[j..]
  const w = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * w);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * w + j] = kx[i] === ky[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    if (kx[i] === ky[j]) {
      push('equal', y[j]!);
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push('delete', x[i++]!);
    else push('insert', y[j++]!);
  }
  while (i < x.length) push('delete', x[i++]!);
  while (j < y.length) push('insert', y[j++]!);
  return absorbStrayPunctuation(ops);
}

/**
 * A lone comma or dot kept between two changes («[-ОО-], {+школ+}») reads as noise: it joins the
 * changes on both sides, so the reader sees one replaced phrase.
 */
function absorbStrayPunctuation(ops: WordOp[]): WordOp[] {
  const blocks: Array<{ equal: string } | { del: string; ins: string }> = [];
  for (const op of ops) {
    const last = blocks[blocks.length - 1];
    if (op.op === 'equal') blocks.push({ equal: op.text });
    else if (last && !('equal' in last)) last[op.op === 'delete' ? 'del' : 'ins'] += op.text;
    else blocks.push(op.op === 'delete' ? { del: op.text, ins: '' } : { del: '', ins: op.text });
  }
  const merged: typeof blocks = [];
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!;
    const prev = merged[merged.length - 1];
    const next = blocks[k + 1];
    if ('equal' in block && prev && !('equal' in prev) && next && !('equal' in next) && !/[\p{L}\p{N}]/u.test(block.equal)) {
      prev.del += block.equal + next.del;
      prev.ins += block.equal + next.ins;
      k++;
    } else merged.push(block);
  }
  return merged.flatMap((b): WordOp[] => {
    if ('equal' in b) return [{ op: 'equal', text: b.equal }];
    const out: WordOp[] = [];
    if (b.del) out.push({ op: 'delete', text: b.del });
    if (b.ins) out.push({ op: 'insert', text: b.ins });
    return out;
  });
}

function tokens(text: string | null): string[] {
  return text ? [...text.matchAll(TOKEN)].map((m) => m[0]) : [];
}
