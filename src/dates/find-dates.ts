// Every full calendar date in running text — a letterhead line, a stamp, a citation, a signature block:
// «от 16.02.2022», «« 7 »____11____2023 г.», «от "5" мая 2023 года», «12 января2022 г.», «12.05.11», «2022-02-16».
// The one place outside the timeframe parser that knows how dates are written; extractors ask here.
// A blank form («от «__»________20__ г.») holds no date: half a date is never returned.
import { runParsers, type Parser } from './parser.js';
import { dayMonth } from './parsers/day-month.js';
import { formDate } from './parsers/form-date.js';
import { isoDate } from './parsers/iso-date.js';
import { numericDate } from './parsers/numeric-date.js';
import { repairOcrDigits } from './ocr-digits.js';
import { unitStart } from './unit.js';

export interface FoundDate {
  /** ISO day, «2022-02-16». */
  date: string;
  /** Where the date stands in the text given (offsets into it, not into a normalised copy). */
  index: number;
  length: number;
}

const DATE_PARSERS: readonly Parser[] = [isoDate, formDate, numericDate, dayMonth];

// blanks of a form and layout whitespace: runs of spaces, tabs, non-breaking spaces, underscores, «|» cell edges
const BLANK = /[\s\u00a0_|]/u;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/u;
const QUOTE_OPEN = /[«"“„']/u;
const QUOTE_CLOSE = /[»"”“']/u;

/** The text folded for the parsers, with the offset in the original of every folded character. */
function fold(text: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (BLANK.test(ch)) {
      const prev = folded[folded.length - 1];
      // one space for a run; none just inside the quotes of a day («« 7 »» → «7»)
      if (prev === undefined || prev === ' ' || (prev !== undefined && QUOTE_OPEN.test(prev) && !QUOTE_CLOSE.test(prev))) continue;
      folded += ' ';
      at.push(i);
      continue;
    }
    if (QUOTE_CLOSE.test(ch) && folded.endsWith(' ') && /\d $/u.test(folded)) {
      folded = folded.slice(0, -1);
      at.pop();
    }
    folded += DASHES.test(ch) ? '-' : ch;
    at.push(i);
  }
  return { folded, at };
}

export function findDates(text: string): FoundDate[] {
  if (typeof text !== 'string' || !/\d/u.test(text)) return [];
  const { folded, at } = fold(text);
  const prepared = repairOcrDigits(folded);
  const lower = prepared.toLowerCase().replace(/ё/gu, 'е');
  if (lower.length !== prepared.length) return [];
  const results = runParsers(DATE_PARSERS, { collapsed: folded, prepared, lower });
  results.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: FoundDate[] = [];
  let reached = 0;
  for (const r of results) {
    if (r.index < reached) continue;
    const m = r.mentions[0]!;
    if (r.mentions.length !== 1 || m.type !== 'when' || m.isRange || !m.first.stated || m.first.precision !== 'day') continue;
    reached = r.end;
    // the stretch in the original text, without the trailing blank the fold may have kept
    let end = r.end;
    while (end > r.index && folded[end - 1] === ' ') end--;
    const index = at[r.index]!;
    const last = at[end - 1]!;
    let length = last - index + 1;
    // «12 марта 2023 г. г. Энск»: the second «г.» opens the place, it is not the plural «г.г.»
    const years = /г\.\s?г\.?$/u.exec(text.slice(index, index + length));
    if (years && /^\s*\p{Lu}/u.test(text.slice(index + length))) length = years.index + 2;
    out.push({ date: unitStart(m.first), index, length });
  }
  return out;
}

/** The first full date in the text, or null. */
export function findDate(text: string): FoundDate | null {
  return findDates(text)[0] ?? null;
}

/** The text with every full date blanked out (a space for each), for reading what stands around the dates. */
export function withoutDates(text: string): string {
  let out = text;
  for (const d of findDates(text).reverse()) out = out.slice(0, d.index) + ' ' + out.slice(d.index + d.length);
  return out;
}
