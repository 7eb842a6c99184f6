// Ordinal numbers as timeframes write them — digits, Roman numerals (Latin or Cyrillic «І»), words — read to a number.

/** Roman I-IV, Latin or the Cyrillic look-alike «і» (lower case). */
const ROMAN_1_TO_4 = '[iі]v|[iі]{1,3}';

/** 1-4 for quarters: «3», «III», «третий», «в третьем», «IV». */
export const QUARTER_ORDINAL = `(?:[1-4]|${ROMAN_1_TO_4}|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*)`;

/** 1-2 for half-years: «2-е», «II», «второе», «в первом». */
export const HALF_ORDINAL = `(?:[12]|[iі]{1,2}|перв\\p{L}*|втор\\p{L}*)`;

/** 1-3 for decades, «последняя» being the third. */
export const DECADE_ORDINAL = `(?:[1-3]|[iі]{1,3}|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|последн\\p{L}*)`;

/** The grammatical ending after a numeral: «2-е», «3-й», «1-го», «2-м», «1-я». */
export const ORDINAL_ENDING = '(?:\\s?-?\\s?(?:ый|ий|ой|ая|ое|ее|ого|его|ом|ем|ей|й|я|е|го|м))?';

/** The number an ordinal word, Roman numeral or digit stands for; 0 if none. */
export function ordinalValue(word: string): number {
  const w = word.replace(/і/g, 'i');
  if (/^\d+$/.test(w)) return Number(w);
  switch (w) {
    case 'i':
      return 1;
    case 'ii':
      return 2;
    case 'iii':
      return 3;
    case 'iv':
      return 4;
  }
  if (w.startsWith('перв')) return 1;
  if (w.startsWith('втор')) return 2;
  if (w.startsWith('трет')) return 3;
  if (w.startsWith('четв')) return 4;
  if (w.startsWith('последн')) return 3;
  return 0;
}

// each ordinal inside a list such as «I, III», «1-го и 2-го», «первом и втором»
const ORDINAL_IN_LIST = /[1-4]|[iі]v|[iі]{1,3}|перв|втор|трет|четв|последн/g;

/** The ordinals of a list, each with its offset in the list: «i, iii» → 1 at 0, 3 at 3. */
export function ordinalsIn(list: string): Array<{ value: number; index: number }> {
  const out: Array<{ value: number; index: number }> = [];
  ORDINAL_IN_LIST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ORDINAL_IN_LIST.exec(list)) !== null) out.push({ value: ordinalValue(m[0]), index: m.index });
  return out;
}
