// An act's number inside a line of a letterhead, a stamp or a citation; dates come from src/dates (findDates).
import { normalizeActNumber } from '../../normalize/act-number.js';

export { findDate, findDates, type FoundDate } from '../../dates/index.js';

// the sign: «№», «N» before a digit, OCR's «No»/«Nº»; blanks of a form may follow it («№_66», «№ ____»)
const SIGN = '(?:№|(?<![\\p{L}])(?:N[oº]?|No\\.)(?=[\\s_]*\\d))';
const BODY = '[\\p{L}\\d][\\p{L}\\d/.\\\\]*(?:\\s*[-–—]\\s*[\\p{L}\\d][\\p{L}\\d/.\\\\]*)*';
const NUMBER = new RegExp(`${SIGN}[\\s_]*(${BODY})`, 'u');

/**
 * «№ 19/1», «№262 – р», «N 203-р», «№ 02-21/683», «№_66», «N 45/1-р»: the number after the sign, normalised.
 * A blank form («№ ____») has none. A capitalised word glued to the number («263-ПП/9План-график») is not part of it.
 */
export function findNumber(text: string): { number: string; index: number; length: number } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  let raw = m[1]!;
  // a word glued on: a capital and two small letters right after a digit («9План»), or «от» after the number
  const glued = /(?<=\d)\p{Lu}\p{Ll}{2}/u.exec(raw);
  if (glued) raw = raw.slice(0, glued.index);
  const ot = /(?<=\d)от$/u.exec(raw);
  if (ot) raw = raw.slice(0, ot.index);
  // a trailing dot is the sentence's, not the number's
  raw = raw.replace(/\.$/u, '');
  const number = normalizeActNumber(raw);
  const length = m[0].length - (m[1]!.length - raw.length);
  return number ? { number, index: m.index, length } : null;
}
