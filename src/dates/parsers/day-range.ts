// Days of one month as a range: «с 10 по 14 октября», «1–10 сентября 2022», «10-14.10.2022».
import { isValidDay } from '../calendar.js';
import { when } from '../mention.js';
import { MONTH_GATE, MONTH_PATTERN, monthOf } from '../month-names.js';
import type { Parser } from '../parser.js';
import { dayUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { fullYear, YEAR_SUFFIX } from '../year-pattern.js';
import { DAY, MONTH_YEAR } from './day-month.js';

const WORDED = new RegExp(`${LEFT}(\\d{1,2})\\s?(?:-|по|до)\\s?${DAY}\\s?(${MONTH_PATTERN})${MONTH_YEAR}`, 'gu');
const NUMERIC = new RegExp(
  `(?<![\\p{L}\\p{N}.,/])(\\d{1,2})\\s?-\\s?(\\d{1,2})\\.(\\d{2})\\.(\\d{4}|\\d{2})(?!\\d)${YEAR_SUFFIX}`,
  'gu',
);

function range(index: number, end: number, parser: string, d1: number, d2: number, month: number, year: number | null) {
  if (d1 >= d2 || !isValidDay(year ?? 2024, month, d1) || !isValidDay(year ?? 2024, month, d2)) return null;
  return when(index, end, parser, dayUnit(d1, month, year), dayUnit(d2, month, year));
}

export const dayRange: Parser = {
  name: 'day-range',
  gate: [/\d ?(?:-|по|до) ?\D?\d/, MONTH_GATE],
  tier: 'primary',
  pattern: WORDED,
  extract(m) {
    const year = m[4] ? Number(m[4]) : null;
    return range(m.index, m.index + m[0].length, 'day-range', Number(m[1]), Number(m[2]), monthOf(m[3]!), year);
  },
};

export const numericDayRange: Parser = {
  name: 'numeric-day-range',
  gate: /\d ?- ?\d{1,2}\.\d/,
  tier: 'primary',
  pattern: NUMERIC,
  extract(m) {
    const year = fullYear(m[4]!);
    return range(m.index, m.index + m[0].length, 'numeric-day-range', Number(m[1]), Number(m[2]), Number(m[3]), year);
  },
};
