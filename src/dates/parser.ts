// The shape of a form parser (chrono-node's Parser): a compiled pattern over the lower-cased text and an extract
// that turns one match into mentions; and the pass that runs them all.
import type { Mention } from './mention.js';
import type { ParseText } from './parse-text.js';

/**
 * primary: dates and rules, which win any overlap among themselves by position and length;
 * secondary: kind-setting words («по графику …», «в течение»), cut short where a primary mention begins.
 */
export type Tier = 'primary' | 'secondary';

export interface Parser {
  readonly name: string;
  readonly tier: Tier;
  /** Global and Unicode (`gu`); compiled once, run on `ParseText.lower`. */
  readonly pattern: RegExp;
  /**
   * A cheap test (plain, non-global) that every match must pass — a literal the form cannot do without («кв» for a
   * quarter). Scanning a phrase with a Unicode pattern costs far more than a literal test, and most phrases hold
   * one or two forms of the thirty.
   */
  readonly gate: RegExp | readonly RegExp[];
  extract(match: RegExpExecArray, text: ParseText): Mention | Mention[] | null;
}

/** One match of one parser: its stretch and what it yielded (several mentions for a list such as «5, 12, 19 октября»). */
export interface ParseResult {
  index: number;
  end: number;
  tier: Tier;
  order: number;
  mentions: Mention[];
}

function passes(gate: Parser['gate'], s: string): boolean {
  if (gate instanceof RegExp) return gate.test(s);
  for (const g of gate) if (!g.test(s)) return false;
  return true;
}

export function runParsers(parsers: readonly Parser[], text: ParseText): ParseResult[] {
  const results: ParseResult[] = [];
  const s = text.lower;
  for (let order = 0; order < parsers.length; order++) {
    const parser = parsers[order]!;
    if (!passes(parser.gate, s)) continue;
    const re = parser.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const got = parser.extract(m, text);
      if (got === null) {
        // the form failed here (an invalid day, a wrong pair of years); a shorter one may start just after
        re.lastIndex = m.index + 1;
        continue;
      }
      const mentions = Array.isArray(got) ? got : [got];
      if (mentions.length === 0) continue;
      results.push({ index: m.index, end: m.index + m[0].length, tier: parser.tier, order, mentions });
    }
  }
  return results;
}
