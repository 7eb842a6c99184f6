// The forms a line of requisites takes under (or beside) the act's heading. Each recognizer reads one line and
// says what it holds; the list is tried in order, and the first that accepts the line wins.
import { normalizeActNumber } from '../../normalize/act-number.js';
import { collapse } from '../../normalize/text.js';
import { findPlace, isBareTown, isPlaceLine, placeOf } from './place.js';
import { findDates, findNumber } from './values.js';

export interface LineRequisites {
  date: string | null;
  number: string | null;
  place: string | null;
}

export interface LineForm {
  name: string;
  /** Why it stands where it does in the list. */
  why: string;
  read(text: string, ctx: { afterRequisites: boolean }): LineRequisites | null;
}

const BARE_NUMBER = /^\d+(?:\s?[-/]\s?[\p{L}\d]+)+$|^\d+\p{L}{1,4}$/u;
const NONE: LineRequisites = { date: null, number: null, place: null };
// what may surround the date and number on their line: «от», «г.», «года», the sign, quotes, blanks, cell edges
const FILLER = /(?:^|\s)(?:от|г\.?|года|год|№|N|дата|номер)(?=\s|$)/giu;
const BLANKS = /[_|«»"“”„\u00a0\t]/gu;

/**
 * A blank form: «от «__»________20__ г. № ____», ««___» ______ 20 __ г.», «№ ______». Underscores stand where the
 * date and number would be; nothing is read from it, never half a date.
 */
function isBlankForm(t: string): boolean {
  if (!/_{2,}/u.test(t)) return false;
  if (findDates(t).length || findNumber(t)) return false;
  const rest = collapse(t.replace(BLANKS, ' ').replace(FILLER, ' ').replace(/(?:^|\s)(?:19|20)?\d{0,2}(?=\s|$)/gu, ' '));
  return rest.length <= 2;
}

/** Date, number and perhaps place on one line (in any order, far apart, in cells): nothing else may stand there. */
function readMixed(text: string): LineRequisites | null {
  // «от 12.05.2023 № 5 (в ред. от 01.02.2024 № 9)»: the note names the amending act, not this one
  const t = collapse(text.replace(/\t/gu, ' ').replace(/\(\s*(?:в\s+ред|с\s+изм).*$/iu, ''));
  if (t === '') return null;
  const dates = findDates(t);
  const num = findNumber(t);
  if (dates.length === 0 && !num) return null;
  if (dates.length > 1) return null;
  const d = dates[0];
  let rest = t;
  // blank out what was read, back to front so offsets hold
  const cuts = [d && { index: d.index, length: d.length }, num && { index: num.index, length: num.length }]
    .filter((c): c is { index: number; length: number } => Boolean(c))
    .sort((a, b) => b.index - a.index);
  for (const c of cuts) rest = rest.slice(0, c.index) + ' ' + rest.slice(c.index + c.length);
  // the sign followed by what a scan made unreadable («Nп__Щz»): no number, but still the requisites line
  if (!num) rest = rest.replace(/(?<![\p{L}])(?:№|N)[^\s\d]*/u, ' ');
  rest = collapse(rest.replace(BLANKS, ' '));
  let place: string | null = null;
  const p = findPlace(rest);
  if (p) {
    place = p.place;
    rest = rest.slice(0, p.index) + ' ' + rest.slice(p.index + p.length);
  }
  rest = collapse(rest.replace(FILLER, ' ').replace(FILLER, ' '));
  // ««___» ________ 20__ г. № 15»: what is left of a blank date beside a filled number
  if (/_{2,}/u.test(t)) rest = collapse(rest.replace(/(?:^|\s)(?:19|20)\d{0,2}(?=\s|$)/gu, ' '));
  let number = num?.number ?? null;
  // «12.05.23                          17-Р2»: with no sign, a token shaped like an act number after the date is the
  // number (the spaces between are gone by now; a plain figure is not taken, it may be anything)
  if (!number && d && BARE_NUMBER.test(rest) && t.indexOf(rest) > d.index) {
    number = normalizeActNumber(rest);
    rest = '';
  }
  if (rest.length > 3) return null;
  return { date: d?.date ?? null, number, place };
}

export const LINE_FORMS: readonly LineForm[] = [
  {
    name: 'blank-form',
    why: 'first, so that the blanks of an unfilled form are consumed before any other form reads digits out of them',
    read: (text) => (isBlankForm(collapse(text)) ? NONE : null),
  },
  {
    name: 'date-number-place',
    why: 'the common line: a date and/or a number (and a place) with only «от», «г.», quotes, blanks or cell edges around',
    read: (text) => readMixed(text),
  },
  {
    name: 'place',
    why: 'a settlement line of its own («г. Тверь», «| г. Тверь | |»), after the date forms since it holds no digits',
    read: (text) => (isPlaceLine(text) ? { ...NONE, place: placeOf(text) } : null),
  },
  {
    name: 'bare-town',
    why: 'last: a single capitalised word is a town only right after a date or number line, before the title',
    read: (text, ctx) => (ctx.afterRequisites && isBareTown(text) ? { ...NONE, place: collapse(text) } : null),
  },
];

/** The first form that reads the line, with its name. */
export function readRequisiteLine(text: string, ctx: { afterRequisites: boolean }): (LineRequisites & { form: string }) | null {
  for (const form of LINE_FORMS) {
    const got = form.read(text, ctx);
    if (got) return { ...got, form: form.name };
  }
  return null;
}
