// ISO dates as machines write them: «2022-02-16».
import { isValidDay } from '../calendar.js';
import { flag, when } from '../mention.js';
import type { Parser } from '../parser.js';
import { dayUnit } from '../unit.js';

const PATTERN = /(?<![\p{L}\p{N}])((?:19|20)\d{2})-(\d{2})-(\d{2})(?![\p{N}])/gu;

export const isoDate: Parser = {
  name: 'iso-date',
  gate: /\d{4}-\d\d-/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const end = m.index + m[0].length;
    if (!isValidDay(year, month, day)) return flag('invalid', m.index, end, 'iso-date');
    return when(m.index, end, 'iso-date', dayUnit(day, month, year));
  },
};
