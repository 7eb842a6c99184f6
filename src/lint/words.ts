// Wording compared loosely: a key that ignores case, «ё», punctuation and spacing, and word stems that
// let «анкетировании» meet «анкетирование» (Russian endings vary; the first letters carry the word).
import { textKey } from '../normalize/text.js';

/** A key for «the same text»: letters and digits only, lowercased, ё as е, single spaces. */
export function looseKey(text: string): string {
  return textKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STEM = 5;

/** The stems of a text's longer words (five letters or more): a rough lemma, good enough to tell topics apart. */
export function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of looseKey(text).split(' ')) {
    if (/^\p{L}{5,}$/u.test(word)) out.add(word.slice(0, STEM));
  }
  return out;
}

/** The first word of `text` whose stem is in `stemsWanted`, as written. */
export function wordWithStem(text: string, stemsWanted: ReadonlySet<string>): string | null {
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    if (word.length >= STEM && /^\p{L}+$/u.test(word) && stemsWanted.has(looseKey(word).slice(0, STEM))) return word;
  }
  return null;
}
