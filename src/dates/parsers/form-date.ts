// A date written into a form: a quoted day, then the month as a number and the year, the blanks between them
// filled with spaces or underscores — «« 7 »____11____2023 г.» (after findDates folds the blanks: «"7" 11 2023 г.»).
// The quoted day is what makes three bare numbers a date; without it «7 11 2023» is not one.
import { isValidDay } from '../calendar.js';
import { flag, when } from '../mention.js';
import type { Parser } from '../parser.js';
import { dayUnit } from '../unit.js';
import { fullYear, YEAR_SUFFIX } from '../year-pattern.js';
import { LEFT } from '../word-boundary.js';

const PATTERN = new RegExp(`${LEFT}["«“„']\\s?(\\d{1,2})\\s?["»”“']\\s?(\\d{1,2})\\s(\\d{4}|\\d{2})(?!\\d)${YEAR_SUFFIX}`, 'gu');

export const formDate: Parser = {
  name: 'form-date',
  gate: /["«“„']\s?\d/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const day = Number(m[1]);
    const month = Number(m[2]);
    const year = fullYear(m[3]!);
    const end = m.index + m[0].length;
    if (!isValidDay(year, month, day)) return flag('invalid', m.index, end, 'form-date');
    return when(m.index, end, 'form-date', dayUnit(day, month, year));
  },
};
