// Years written out in a phrase that are not years of dates (docs/MODEL.md: 1900–2100). The parsers
// take only years of this era, so «Апрель 0001 г.» would read as an April of the plan year and
// «01.01.0001» as a day of the year 1: a phrase that states such a year is left unread instead.
import { isYearInRange } from './calendar.js';
import { MONTH_PATTERN } from './month-names.js';

const STATED_YEAR = new RegExp(
  [
    // after a month: «апрель 0001», «мая 12022»
    `(?<!\\p{L})${MONTH_PATTERN}\\s?(\\d{4,5})`,
    // the year of a numeric date: «01.01.0001», «5/5/3000»
    '(?<![\\p{N}.,/])\\d{1,2}\\s?[./]\\s?\\d{1,2}\\s?[./]\\s?(\\d{4,5})',
    // an ISO date: «0001-01-01»
    '(?<![\\p{N}.,])(\\d{4,5})-\\d{2}-\\d{2}',
    // a number called a year: «1899 года», «3000 г.», «в 0999 г.»
    '(?<![\\p{N}.,])(\\d{3,5})\\s?(?=г\\.|гг|год|г(?!\\p{L}))',
  ]
    .map((p) => `(?:${p})(?!\\p{N})`)
    .join('|'),
  'gu',
);

/** The first year out of range that the (lower-cased) phrase states, or null. */
export function yearOutOfRange(lower: string): number | null {
  if (!/\d{3}/u.test(lower)) return null;
  for (const m of lower.matchAll(STATED_YEAR)) {
    const digits = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (digits === undefined) continue;
    const year = Number(digits);
    if (!isYearInRange(year)) return year;
  }
  return null;
}
