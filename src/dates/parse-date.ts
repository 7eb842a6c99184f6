// One calendar date for an act's requisites: «16.02.2022», «16.02.22», «16.12. 2021 г.», «11 апреля 2022 года»,
// «28 ФЕВ 2022», «2022-02-16», «18.01.2021г.», «от 30.12.2021»; null unless the text is exactly one full date.
import { isYearInRange } from './calendar.js';
import { unitStart } from './unit.js';
import { prepareText } from './parse-text.js';
import { runParsers, type Parser } from './parser.js';
import { dayMonth } from './parsers/day-month.js';
import { formDate } from './parsers/form-date.js';
import { isoDate } from './parsers/iso-date.js';
import { numericDate } from './parsers/numeric-date.js';

const DATE_PARSERS: readonly Parser[] = [isoDate, formDate, numericDate, dayMonth];
// around the date only punctuation, quotes and «от» / «дата» may stand
const FRAME_BEFORE = /^[\s\p{P}]*(?:(?:от|дата)[\s\p{P}]*)?$/u;
const FRAME_AFTER = /^[\s\p{P}]*$/u;

export function parseDate(text: string): string | null {
  if (typeof text !== 'string') return null;
  const t = prepareText(text);
  if (!t.lower) return null;
  const results = runParsers(DATE_PARSERS, t);
  if (results.length === 0) return null;
  // the longest match that starts first is the date; anything else in the text means it is not one date
  results.sort((a, b) => a.index - b.index || b.end - a.end);
  const r = results[0]!;
  const m = r.mentions[0]!;
  if (r.mentions.length !== 1 || m.type !== 'when' || !m.first.stated || m.first.precision !== 'day') return null;
  if (!FRAME_BEFORE.test(t.lower.slice(0, r.index)) || !FRAME_AFTER.test(t.lower.slice(r.end))) return null;
  // a year outside the range of dates is not an act's date (docs/MODEL.md)
  if (m.first.year === null || !isYearInRange(m.first.year)) return null;
  return unitStart(m.first);
}
