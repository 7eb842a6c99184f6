// Where parses overlap, keep one: among dates and rules the earliest, then the longest, then the first-listed
// parser wins («16.02.2022» over the «2022» inside it); kind-setting words are cut short where a date begins
// («по графику в мае» keeps the month).
import type { Mention } from '../mention.js';
import type { ParseText } from '../parse-text.js';
import type { ParseResult } from '../parser.js';

function byStart(a: ParseResult, b: ParseResult): number {
  return a.index - b.index || b.end - b.index - (a.end - a.index) || a.order - b.order;
}

export function resolveOverlaps(results: ParseResult[], text: ParseText): Mention[] {
  const primary: ParseResult[] = [];
  const secondary: ParseResult[] = [];
  for (const r of results) (r.tier === 'primary' ? primary : secondary).push(r);
  primary.sort(byStart);
  const kept: ParseResult[] = [];
  let reach = 0;
  for (const r of primary) {
    if (r.index < reach) continue;
    kept.push(r);
    reach = r.end;
  }
  const out: Mention[] = [];
  for (const r of kept) for (const m of r.mentions) out.push(m);
  if (secondary.length === 0) return out;

  secondary.sort(byStart);
  let sreach = 0;
  let k = 0;
  for (const r of secondary) {
    if (r.index < sreach) continue;
    while (k < kept.length && kept[k]!.end <= r.index) k++;
    let end = r.end;
    const p = kept[k];
    if (p && p.index <= r.index) continue; // begins inside a date
    if (p && p.index < end) {
      end = p.index;
      while (end > r.index && text.lower.charCodeAt(end - 1) === 32) end--;
      if (end <= r.index) continue;
    }
    for (const m of r.mentions) {
      m.end = Math.min(m.end, end);
      out.push(m);
    }
    sreach = end;
  }
  return out.sort((a, b) => a.index - b.index || b.end - a.end);
}
