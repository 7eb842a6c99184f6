// A day and a month name: «11 апреля 2022 года», «15-го мая», «28 ФЕВ 2022», «01 мар.», «"28" февраля 2022 г.».
import { isValidDay } from '../calendar.js';
import { flag, when } from '../mention.js';
import { MONTH_GATE, MONTH_PATTERN, monthOf } from '../month-names.js';
import type { Parser } from '../parser.js';
import { dayUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { YEAR4, YEAR_SUFFIX } from '../year-pattern.js';

/** A day number, perhaps in quotes as in act requisites, perhaps with its ending («15-го»). */
export const DAY = '[«"“„\']?(\\d{1,2})[»"”“\']?(?:\\s?-?\\s?(?:го|ое|е))?';
/** An optional year after a month name: «мая 2022 г.», «Февраль, 2022», «Ноябрь2022». */
export const MONTH_YEAR = `(?:\\s?,?\\s?(${YEAR4})(?!\\d)${YEAR_SUFFIX})?`;

const PATTERN = new RegExp(`${LEFT}${DAY}\\s?(${MONTH_PATTERN})${MONTH_YEAR}`, 'gu');

export const dayMonth: Parser = {
  name: 'day-month',
  gate: [/\d/, MONTH_GATE],
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const day = Number(m[1]);
    const month = monthOf(m[2]!);
    const year = m[3] ? Number(m[3]) : null;
    const end = m.index + m[0].length;
    if (!isValidDay(year ?? 2024, month, day)) return flag('invalid', m.index, end, 'day-month');
    return when(m.index, end, 'day-month', dayUnit(day, month, year));
  },
};
