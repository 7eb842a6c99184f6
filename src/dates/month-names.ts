// Russian month names in every case a timeframe uses, their abbreviations, and a forgiving match for typos.

const STEMS: ReadonlyArray<[string, number, 'soft' | 'hard' | 'may']> = [
  ['январ', 1, 'soft'],
  ['феврал', 2, 'soft'],
  ['март', 3, 'hard'],
  ['апрел', 4, 'soft'],
  ['ма', 5, 'may'],
  ['июн', 6, 'soft'],
  ['июл', 7, 'soft'],
  ['август', 8, 'hard'],
  ['сентябр', 9, 'soft'],
  ['октябр', 10, 'soft'],
  ['ноябр', 11, 'soft'],
  ['декабр', 12, 'soft'],
];

const ENDINGS = {
  // январь, января, январе, январю, январем, январём
  soft: ['ь', 'я', 'е', 'ю', 'ем'],
  // март, марта, марте, марту, мартом
  hard: ['', 'а', 'е', 'у', 'ом'],
  // май, мая, мае, маю, маем
  may: ['й', 'я', 'е', 'ю', 'ем'],
} as const;

// Written with or without a dot: «сент. 2022», «28 ФЕВ 2022», «с 01 мар. по 31 мар.»
const ABBREVIATIONS: ReadonlyArray<[string, number]> = [
  ['янв', 1], ['фев', 2], ['февр', 2], ['мар', 3], ['апр', 4], ['июн', 6], ['июл', 7], ['авг', 8],
  ['сен', 9], ['сент', 9], ['окт', 10], ['ноя', 11], ['нояб', 11], ['дек', 12],
];

const FULL_FORMS = new Map<string, number>();
for (const [stem, month, kind] of STEMS) for (const ending of ENDINGS[kind]) FULL_FORMS.set(stem + ending, month);

const ALL_FORMS = new Map<string, number>(FULL_FORMS);
for (const [abbr, month] of ABBREVIATIONS) ALL_FORMS.set(abbr, month);

/** A regex source for any month word (lower case), longest first, an abbreviation optionally with its dot. */
export const MONTH_PATTERN =
  '(?:' +
  [...ALL_FORMS.keys()].sort((a, b) => b.length - a.length).join('|') +
  ')(?!\\p{L})\\.?';

/** The month number (1-12) of a matched month word, with or without its trailing dot. */
export function monthOf(word: string): number {
  const w = word.endsWith('.') ? word.slice(0, -1) : word;
  return ALL_FORMS.get(w) ?? 0;
}

const BY_INITIAL = new Map<string, string[]>();
for (const form of FULL_FORMS.keys()) {
  if (form.length < 4) continue;
  const list = BY_INITIAL.get(form[0]!) ?? [];
  list.push(form);
  BY_INITIAL.set(form[0]!, list);
}

/**
 * The month a misspelt word means, when it is one edit (a letter changed, added, dropped, or two swapped) from a
 * full month form with the same first letter: «сенятбрь», «Феврапь». 0 when none, or when the word is too short to tell.
 */
export function monthOfTypo(word: string): number {
  if (word.length < 5) return 0;
  const exact = FULL_FORMS.get(word);
  if (exact) return exact;
  const candidates = BY_INITIAL.get(word[0]!);
  if (!candidates) return 0;
  for (const form of candidates) {
    if (Math.abs(form.length - word.length) <= 1 && withinOneEdit(word, form)) return FULL_FORMS.get(form)!;
  }
  return 0;
}

/** Whether two words are at most one edit apart (optimal string alignment distance ≤ 1). */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // one letter changed
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // two swapped
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** A month whose name two pieces of a split word make together («ав густ»): 0 when they make none. */
export function monthOfSplit(left: string, right: string): number {
  return FULL_FORMS.get(left + right) ?? 0;
}

/** A cheap test that a phrase may hold a month name (a parser gate, see parser.ts). */
export const MONTH_GATE = /янв|фев|мар|апр|ма[йяею]|июн|июл|авг|сен|окт|ноя|дек/;
