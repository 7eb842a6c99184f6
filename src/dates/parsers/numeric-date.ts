// Numeric dates: «16.02.2022», «16.02.22», «16.12. 2021 г.», «25 .05.2022», «16/02/2022», and a yearless «14.03»
// (as in «с 14.03 по 18.03.2022»), never «Приказ № 19/1» or «12,5 %».
import { isValidDay } from '../calendar.js';
import { flag, when } from '../mention.js';
import type { Parser } from '../parser.js';
import { dayUnit } from '../unit.js';
import { fullYear, YEAR_SUFFIX } from '../year-pattern.js';

const PATTERN = new RegExp(
  '(?<![\\p{L}\\p{N}.,/])(?<!№\\s?)' +
    '(\\d{1,2})\\s?([./])\\s?(\\d{1,2})' +
    `(?:\\s?\\2\\s?(\\d{4}|\\d{2})(?!\\d)${YEAR_SUFFIX})?` +
    '(?!\\p{N})',
  'gu',
);

// «12.10.1», «12.05 %»: a longer number or a figure, not a day
const NUMBER_GOES_ON = /^\s?(?:[.,/]\s?\d|%)/;

export const numericDate: Parser = {
  name: 'numeric-date',
  gate: /\d ?[./] ?\d/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m, text) {
    const [whole, d, sep, mo, y] = m as unknown as [string, string, string, string, string | undefined];
    const day = Number(d);
    const month = Number(mo);
    const end = m.index + whole.length;
    if (y !== undefined) {
      const year = fullYear(y);
      if (!isValidDay(year, month, day)) return flag('invalid', m.index, end, 'numeric-date');
      return when(m.index, end, 'numeric-date', dayUnit(day, month, year));
    }
    // a yearless day.month only in the strict «dd.mm» shape, so that item numbers («2.1») and decimals stay out
    if (sep !== '.' || d.length !== 2 || mo.length !== 2) return null;
    if (NUMBER_GOES_ON.test(text.lower.slice(end, end + 4))) return null;
    if (!isValidDay(2024, month, day)) return null;
    return when(m.index, end, 'numeric-date', dayUnit(day, month, null));
  },
};
