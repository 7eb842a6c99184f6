// How a year is written: four digits (or two, after a day and month), followed perhaps by «г.», «гг.», «г.г.», «года», «годы».

/** A four-digit year of this era. */
export const YEAR4 = '(?:19|20)\\d{2}';

/**
 * An optional «год» word after a year: «г», «г.», «гг.», «г.г.», «год», «года», «году», «годы», «годов»,
 * and the OCR «r.» for «г.».
 */
export const YEAR_SUFFIX = '(?:\\s?(?:г\\.\\s?г|гг|годы|годов|года|году|год|г|r)(?!\\p{L})\\.?)?';

/** A year written with two or four digits; YY is 20YY. */
export function fullYear(digits: string): number {
  const n = Number(digits);
  return digits.length <= 2 ? 2000 + n : n;
}

/** «учебный год», «учебного года», «уч. год», «уч.г.»: the words that make a year a school year. */
export const SCHOOL_YEAR_WORDS = '(?:учебн\\p{L}*|уч\\.?)\\s?(?:год\\p{L}*|г(?!\\p{L})\\.?)';
