// The beginning or end of a year: «конец 2022 года» (December), «начало года» (January), «конец учебного года» (May),
// mostly met as «до конца 2022 года» / «до конца учебного года».
import { when } from '../mention.js';
import type { Parser } from '../parser.js';
import { monthUnit, schoolMonthUnit } from '../unit.js';
import { LEFT } from '../word-boundary.js';
import { fullYear, YEAR4 } from '../year-pattern.js';

const PATTERN = new RegExp(
  `${LEFT}(начал|кон)(?:о|е|а|ец|ца|це|цу|ом|ой|у|ы)?\\s(?:(?:текущего|календарного|этого|отчетного)\\s)?` +
    `(?:(${YEAR4})\\s?(?:[-/]\\s?(${YEAR4}|\\d{2})(?!\\d)\\s?)?)?(?:(учебн\\p{L}*|уч\\.)\\s?)?(?:года|год|году|г\\.|г)(?!\\p{L})`,
  'gu',
);

export const yearPart: Parser = {
  name: 'year-part',
  gate: /начал|кон/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    const beginning = m[1] === 'начал';
    const y1 = m[2] ? Number(m[2]) : null;
    const end = m.index + m[0].length;
    if (m[4]) {
      if (y1 !== null && m[3] && fullYear(m[3]) !== y1 + 1) return null;
      return when(m.index, end, 'year-part', schoolMonthUnit(beginning ? 9 : 5, y1));
    }
    if (m[3]) return null; // «конец 2022-2023 года» without «учебного» says nothing clear
    return when(m.index, end, 'year-part', monthUnit(beginning ? 1 : 12, y1));
  },
};
