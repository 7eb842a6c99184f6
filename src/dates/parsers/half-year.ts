// Half-years: «2-е полугодие 2022 г.», «II полугодие», «в течение второго полугодия», and school half-years
// («в 1 полугодии 2022/2023 уч. года» = 1 Sep..31 Dec; «II полугодие учебного года» = 1 Jan..31 May).
import { when } from '../mention.js';
import { HALF_ORDINAL, ORDINAL_ENDING, ordinalValue } from '../ordinals.js';
import type { Parser } from '../parser.js';
import { monthsUnit, schoolHalfUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { fullYear, SCHOOL_YEAR_WORDS, YEAR4, YEAR_SUFFIX } from '../year-pattern.js';

const PATTERN = new RegExp(
  `${LEFT}(${HALF_ORDINAL})${ORDINAL_ENDING}\\s?полугоди\\p{L}*` +
    `(?:\\s(?:(${YEAR4})\\s?[-/]\\s?(${YEAR4}|\\d{2})(?!\\d)\\s?)?(${SCHOOL_YEAR_WORDS})|\\s?,?\\s?(${YEAR4})(?!\\d)${YEAR_SUFFIX})?`,
  'gu',
);

export const halfYear: Parser = {
  name: 'half-year',
  gate: /полугод/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const half = ordinalValue(m[1]!);
    if (half !== 1 && half !== 2) return null;
    const end = m.index + m[0].length;
    if (m[4]) {
      const start = m[2] ? Number(m[2]) : null;
      if (start !== null && fullYear(m[3]!) !== start + 1) return null;
      return when(m.index, end, 'half-year', schoolHalfUnit(half, start));
    }
    const year = m[5] ? Number(m[5]) : null;
    return when(m.index, end, 'half-year', monthsUnit(half === 1 ? 1 : 7, half === 1 ? 6 : 12, year, 'half'));
  },
};
