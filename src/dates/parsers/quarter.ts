// Quarters: «3 квартал», «I квартал 2023 г.», «1 кв. 2023», «в течение II квартала», a range «I-II кварталы 2023 г.»,
// and a list «I, III кварталы», «в I и II кварталах» (one period each, as lists of months are).
import { when, type Mention } from '../mention.js';
import { ORDINAL_ENDING, QUARTER_ORDINAL, ordinalsIn } from '../ordinals.js';
import type { Parser } from '../parser.js';
import { monthsUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { YEAR4, YEAR_SUFFIX } from '../year-pattern.js';

const ITEM = `${QUARTER_ORDINAL}${ORDINAL_ENDING}`;
const PATTERN = new RegExp(
  `${LEFT}(${ITEM}(?:\\s?-\\s?${ITEM}|(?:(?:\\s?,\\s?(?:и\\s)?|\\sи\\s)${ITEM})+)?)\\s?(?:квартал\\p{L}*|кв(?!\\p{L})\\.?)` +
    `(?:\\s?,?\\s?(${YEAR4})(?!\\d)${YEAR_SUFFIX})?`,
  'gu',
);

// «I-II», «1 - 2»: a range, as against a list «1-го и 2-го» whose hyphens belong to the endings
const RANGE_HEAD = new RegExp(`^${ITEM}\\s?-\\s?${ITEM}$`, 'u');

function quarter(q: number, year: number | null) {
  return monthsUnit(q * 3 - 2, q * 3, year, 'quarter');
}

export const quarterParser: Parser = {
  name: 'quarter',
  gate: /кв/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const head = m[1]!;
    const qs = ordinalsIn(head);
    if (qs.length === 0 || qs.some((q) => q.value < 1 || q.value > 4)) return null;
    const year = m[2] ? Number(m[2]) : null;
    const end = m.index + m[0].length;
    if (qs.length === 1) return when(m.index, end, 'quarter', quarter(qs[0]!.value, year));
    if (RANGE_HEAD.test(head)) {
      if (qs.length !== 2 || qs[1]!.value < qs[0]!.value) return null;
      return when(m.index, end, 'quarter', quarter(qs[0]!.value, year), quarter(qs[1]!.value, year));
    }
    const out: Mention[] = qs.map((q, i) => {
      const index = m.index + q.index;
      const stop = i + 1 < qs.length ? m.index + qs[i + 1]!.index - 1 : end;
      return when(index, stop, 'quarter', quarter(q.value, year));
    });
    return out;
  },
};
