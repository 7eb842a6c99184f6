// Half-years: «2-е полугодие 2022 г.», «II полугодие», «в течение второго полугодия», «I и II полугодие» (one period
// each), and school half-years («в 1 полугодии 2022/2023 уч. года» = 1 Sep..31 Dec; «II полугодие учебного года» =
// 1 Jan..31 May).
import { when, type Mention } from '../mention.js';
import { HALF_ORDINAL, ORDINAL_ENDING, ordinalsIn } from '../ordinals.js';
import type { Parser } from '../parser.js';
import { monthsUnit, schoolHalfUnit, type Unit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { fullYear, SCHOOL_YEAR_WORDS, YEAR4, YEAR_SUFFIX } from '../year-pattern.js';

const ITEM = `${HALF_ORDINAL}${ORDINAL_ENDING}`;
const PATTERN = new RegExp(
  `${LEFT}(${ITEM}(?:(?:\\s?,\\s?(?:и\\s)?|\\sи\\s)${ITEM})?)\\s?полугоди\\p{L}*` +
    `(?:\\s(?:(${YEAR4})\\s?[-/]\\s?(${YEAR4}|\\d{2})(?!\\d)\\s?)?(${SCHOOL_YEAR_WORDS})|\\s?,?\\s?(${YEAR4})(?!\\d)${YEAR_SUFFIX})?`,
  'gu',
);

export const halfYear: Parser = {
  name: 'half-year',
  gate: /полугод/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const halves = ordinalsIn(m[1]!);
    if (halves.length === 0 || halves.some((h) => h.value !== 1 && h.value !== 2)) return null;
    const end = m.index + m[0].length;
    let make: (half: 1 | 2) => Unit;
    if (m[4]) {
      const start = m[2] ? Number(m[2]) : null;
      if (start !== null && fullYear(m[3]!) !== start + 1) return null;
      make = (half) => schoolHalfUnit(half, start);
    } else {
      const year = m[5] ? Number(m[5]) : null;
      make = (half) => monthsUnit(half === 1 ? 1 : 7, half === 1 ? 6 : 12, year, 'half');
    }
    const out: Mention[] = halves.map((h, i) => {
      const index = m.index + h.index;
      const stop = i + 1 < halves.length ? m.index + halves[i + 1]!.index - 1 : end;
      return when(index, stop, 'half-year', make(h.value as 1 | 2));
    });
    return out.length === 1 ? out[0]! : out;
  },
};
