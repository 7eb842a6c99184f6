// Cardinal numbers written as words in counts («в течение двух недель», «два раза в год», «в трехдневный срок»).

const WORDS: ReadonlyArray<[string, number]> = [
  ['один', 1], ['одного', 1], ['одной', 1], ['одну', 1], ['одно', 1],
  ['два', 2], ['две', 2], ['двух', 2],
  ['три', 3], ['трех', 3],
  ['четыре', 4], ['четырех', 4],
  ['пять', 5], ['пяти', 5],
  ['шесть', 6], ['шести', 6],
  ['семь', 7], ['семи', 7],
  ['восемь', 8], ['восьми', 8],
  ['девять', 9], ['девяти', 9],
  ['десять', 10], ['десяти', 10],
  ['четырнадцать', 14], ['четырнадцати', 14],
  ['пятнадцать', 15], ['пятнадцати', 15],
  ['двадцать', 20], ['двадцати', 20],
  ['тридцать', 30], ['тридцати', 30],
];

const VALUES = new Map(WORDS);

/** A regex source for a count word (lower case, «ё» already folded to «е»). */
export const COUNT_WORD = '(?:' + WORDS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|') + ')';

/** The number a count word or digits stand for; 0 if neither. */
export function countValue(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  return VALUES.get(word) ?? 0;
}
