// Several days of one month: «5, 12, 19, 26 октября», «10 и 24 марта 2022 г.» — one date each.
import { isValidDay } from '../calendar.js';
import { when, type Mention } from '../mention.js';
import { MONTH_GATE, MONTH_PATTERN, monthOf } from '../month-names.js';
import type { Parser } from '../parser.js';
import { dayUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { MONTH_YEAR } from './day-month.js';

const PATTERN = new RegExp(
  `${LEFT}((?:\\d{1,2}\\s?(?:,\\s?и|,|и)\\s?)+)(\\d{1,2})\\s?(${MONTH_PATTERN})${MONTH_YEAR}`,
  'gu',
);
const NUMBER = /\d{1,2}/g;

export const dayList: Parser = {
  name: 'day-list',
  gate: [/\d ?(?:,|и )/, MONTH_GATE],
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const month = monthOf(m[3]!);
    const year = m[4] ? Number(m[4]) : null;
    const out: Mention[] = [];
    const head = m[1]! + m[2]!;
    NUMBER.lastIndex = 0;
    let n: RegExpExecArray | null;
    while ((n = NUMBER.exec(head)) !== null) {
      const day = Number(n[0]);
      if (!isValidDay(year ?? 2024, month, day)) return null;
      const index = m.index + n.index;
      out.push(when(index, index + n[0].length, 'day-list', dayUnit(day, month, year)));
    }
    // the last day stretches over the month name and year, which it shares with the others
    out[out.length - 1]!.end = m.index + m[0].length;
    return out;
  },
};
