// School years: «2022-2023 учебный год», «2022/2023 уч. год», «2022-2023 уч.г.», «2022/2023», and «учебного года»
// alone (the school year holding the act's date). A school year runs from 1 September to 31 May.
import { when } from '../mention.js';
import type { Parser } from '../parser.js';
import { schoolYearUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { fullYear, SCHOOL_YEAR_WORDS, YEAR4 } from '../year-pattern.js';

const PATTERN = new RegExp(
  `${LEFT}(?:(${YEAR4})\\s?([-/])\\s?(${YEAR4}|\\d{2})(?!\\d)\\s?(${SCHOOL_YEAR_WORDS})?|(${SCHOOL_YEAR_WORDS}))`,
  'gu',
);

export const schoolYear: Parser = {
  name: 'school-year',
  gate: /уч|\//,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const end = m.index + m[0].length;
    if (m[5]) return when(m.index, end, 'school-year', schoolYearUnit(null));
    const start = Number(m[1]);
    if (fullYear(m[3]!) !== start + 1) return null;
    // «2022-2023» with no «учебный год» is a span of two calendar years (see year.ts)
    if (!m[4] && m[2] !== '/') return null;
    return when(m.index, end, 'school-year', schoolYearUnit(start));
  },
};
