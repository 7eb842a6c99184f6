// A part of a month: decades («вторая декада апреля», «последняя декада декабря»), halves («первая половина марта»),
// and «начало / середина / конец месяца», which are its first, second and third decades.
import { when } from '../mention.js';
import { MONTH_GATE, MONTH_PATTERN, monthOf } from '../month-names.js';
import { DECADE_ORDINAL, ORDINAL_ENDING, ordinalValue } from '../ordinals.js';
import type { Parser } from '../parser.js';
import { daysUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { MONTH_YEAR } from './day-month.js';

const PATTERN = new RegExp(
  `${LEFT}(?:(${DECADE_ORDINAL})${ORDINAL_ENDING}\\s?декад\\p{L}*|(перв|втор)\\p{L}*\\sполовин\\p{L}*|(начал|середин|кон)(?:о|е|а|ец|ца|це|цу|ом|ой|у|ы)?)` +
    `\\s(${MONTH_PATTERN})${MONTH_YEAR}`,
  'gu',
);

// first and last day of each decade; 0 is the month's last day
const DECADES: ReadonlyArray<[number, number]> = [[1, 10], [11, 20], [21, 0]];

export const monthPart: Parser = {
  name: 'month-part',
  gate: [/декад|половин|начал|середин|кон/, MONTH_GATE],
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const month = monthOf(m[4]!);
    const year = m[5] ? Number(m[5]) : null;
    let first: number;
    let last: number;
    if (m[1]) {
      const d = DECADES[ordinalValue(m[1]) - 1];
      if (!d) return null;
      [first, last] = d;
    } else if (m[2]) {
      [first, last] = m[2] === 'перв' ? [1, 15] : [16, 0];
    } else {
      [first, last] = DECADES[m[3] === 'начал' ? 0 : m[3] === 'середин' ? 1 : 2]!;
    }
    return when(m.index, m.index + m[0].length, 'month-part', daysUnit(month, first, last, year));
  },
};
