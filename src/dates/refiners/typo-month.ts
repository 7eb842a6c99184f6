// Misspelt and split month names that no parser read: «сенятбрь», «Феврапь» (one edit from a month), «ав густ»
// (a word broken by a stray space). Only words left over by the parsers are tried.
import { when, type Mention } from '../mention.js';
import { monthOfSplit, monthOfTypo } from '../month-names.js';
import type { Refiner } from '../refiner.js';
import { byPosition } from '../refiner.js';
import { monthUnit } from '../unit.js';
import { uncoveredWords } from '../uncovered-words.js';

export const typoMonths: Refiner = (mentions, text) => {
  const words = uncoveredWords(text.lower, mentions);
  if (words.length === 0) return mentions;
  const added: Mention[] = [];
  let prev: { index: number; end: number; word: string } | null = null;
  for (const { word, index } of words) {
    if (word.charCodeAt(0) < 0x41) {
      prev = null; // a number
      continue;
    }
    const end = index + word.length;
    const month = monthOfTypo(word);
    if (month) {
      added.push(when(index, end, 'typo-month', monthUnit(month, null)));
      prev = null;
      continue;
    }
    if (prev && prev.end + 1 === index && prev.word.length + word.length >= 4) {
      const joined = monthOfSplit(prev.word, word);
      if (joined) {
        added.push(when(prev.index, end, 'split-month', monthUnit(joined, null)));
        prev = null;
        continue;
      }
    }
    prev = { index, end, word };
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort(byPosition);
};
