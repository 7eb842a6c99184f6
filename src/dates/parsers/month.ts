// A month by name, with or without a year: «Март 2022», «Февраль, 2022», «сент. 2022 г.», «в январе», «Ноябрь2022».
import { when } from '../mention.js';
import { MONTH_GATE, MONTH_PATTERN, monthOf } from '../month-names.js';
import type { Parser } from '../parser.js';
import { monthUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { MONTH_YEAR } from './day-month.js';

const PATTERN = new RegExp(`${LEFT}(${MONTH_PATTERN})${MONTH_YEAR}`, 'gu');

export const month: Parser = {
  name: 'month',
  gate: MONTH_GATE,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const year = m[2] ? Number(m[2]) : null;
    return when(m.index, m.index + m[0].length, 'month', monthUnit(monthOf(m[1]!), year));
  },
};
