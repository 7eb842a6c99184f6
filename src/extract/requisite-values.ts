// Finding a date and an act number inside a line of a letterhead, a citation or an appendix header.
import { parseDate } from '../dates/index.js';
import { normalizeActNumber } from '../normalize/act-number.js';

const MONTH_WORD = '[А-Яа-яЁё]{3,9}\\.?';
/** «16.02.2022», «16.12. 2021 г.», «11 апреля 2022 года», «28 ФЕВ 2022», «"16" февраля 2022 г.», «2022-02-16». */
const DATE_IN_TEXT = new RegExp(
  [
    '\\d{1,2}\\s?[./]\\s?\\d{1,2}\\s?[./]\\s?(?:\\d{4}|\\d{2})(?!\\d)',
    `[«"“]?\\d{1,2}[»"”]?\\s+${MONTH_WORD}\\s+\\d{4}`,
    '\\d{4}-\\d{2}-\\d{2}',
  ].join('|'),
  'u',
);

export function findDate(text: string): { date: string; index: number; length: number } | null {
  const re = new RegExp(DATE_IN_TEXT.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const date = parseDate(m[0].replace(/[«"“»"”]/gu, ''));
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return null;
}

/** «№ 19/1», «№262 – р», «N 203-р», «№ 02-21/683»: the number after the sign, normalised. */
export function findNumber(text: string): { number: string; index: number; length: number } | null {
  const m = /(?:№|(?<![\p{L}])N(?=\s*\d))\s*([\p{L}\d][\p{L}\d/.\\]*(?:\s*[-–—]\s*[\p{L}\d][\p{L}\d/.\\]*)*)/u.exec(text);
  if (!m) return null;
  let raw = m[1]!;
  // a trailing dot is the sentence's, not the number's
  raw = raw.replace(/\.$/u, '');
  const number = normalizeActNumber(raw);
  return number ? { number, index: m.index, length: m[0].length } : null;
}
