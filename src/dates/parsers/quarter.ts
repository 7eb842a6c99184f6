// Quarters: «3 квартал», «I квартал 2023 г.», «1 кв. 2023», «в течение II квартала», «I-II кварталы 2023 г.».
import { when } from '../mention.js';
import { ORDINAL_ENDING, QUARTER_ORDINAL, ordinalValue } from '../ordinals.js';
import type { Parser } from '../parser.js';
import { monthsUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { YEAR4, YEAR_SUFFIX } from '../year-pattern.js';

const PATTERN = new RegExp(
  `${LEFT}(${QUARTER_ORDINAL})(?:\\s?-\\s?(${QUARTER_ORDINAL}))?${ORDINAL_ENDING}\\s?(?:квартал\\p{L}*|кв(?!\\p{L})\\.?)` +
    `(?:\\s?,?\\s?(${YEAR4})(?!\\d)${YEAR_SUFFIX})?`,
  'gu',
);

function quarter(q: number, year: number | null) {
  return monthsUnit(q * 3 - 2, q * 3, year, 'quarter');
}

export const quarterParser: Parser = {
  name: 'quarter',
  gate: /кв/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const q1 = ordinalValue(m[1]!);
    const q2 = m[2] ? ordinalValue(m[2]) : q1;
    if (q1 < 1 || q2 > 4 || q2 < q1) return null;
    const year = m[3] ? Number(m[3]) : null;
    const first = quarter(q1, year);
    return when(m.index, m.index + m[0].length, 'quarter', first, q2 === q1 ? first : quarter(q2, year));
  },
};
