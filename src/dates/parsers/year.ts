// Years and spans of years: «2022 год», «в 2022 году», «(2022 г.)», «2022-2024 г.г.», «2022 – 2023 гг.», «2023-2025 годы».
import { when } from '../mention.js';
import type { Parser } from '../parser.js';
import { monthsUnit, yearsUnit } from '../unit.js';
import { YEAR4, YEAR_SUFFIX } from '../year-pattern.js';

const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.,/№])(${YEAR4})(?:\\s?([-/])\\s?(${YEAR4}|\\d{2})(?!\\d))?(?!\\d)(${YEAR_SUFFIX})`,
  'gu',
);
// a bare number followed by a word is a count («2000 участников»), not a year
const WORD_AFTER = /^\s?\p{L}/u;

export const year: Parser = {
  name: 'year',
  gate: /(?:19|20)\d\d/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m, text) {
    const y1 = Number(m[1]);
    const suffix = m[4]!;
    const end = m.index + m[0].length;
    if (m[3]) {
      const y2 = m[3].length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[3]) : Number(m[3]);
      if (y2 <= y1 || y2 - y1 > 10) return null;
      if (m[2] === '/' && !suffix) return null; // «2022/2023» alone is a school year
      return when(m.index, end, 'year', yearsUnit(y1, y2));
    }
    if (!suffix && (y1 < 2000 || y1 > 2050 || WORD_AFTER.test(text.lower.slice(end, end + 2)))) return null;
    return when(m.index, end, 'year', monthsUnit(1, 12, y1, 'year'));
  },
};
