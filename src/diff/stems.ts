// Words reduced to rough stems, for measuring how alike two activities are: «рискового» and
// «рискованных», «школы» and «школам» fall together. Crude on purpose — it only feeds a similarity score.
import { textKey } from '../normalize/text.js';

// Prepositions, conjunctions and pronouns say nothing about which activity a row is.
const STOP = new Set(
  'в во и на по с со для о об к ко из за от до а также их его ее или не при под над без через что как это этом том так же у'.split(' '),
);

// Inflectional endings, longest first; stripped while at least four letters remain.
const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ией', 'ием', 'иям', 'иях', 'ость', 'ости',
  'ых', 'их', 'ой', 'ей', 'ий', 'ый', 'ая', 'яя', 'ое', 'ее', 'ую', 'юю', 'ом', 'ем', 'ам', 'ям', 'ах', 'ях',
  'ов', 'ев', 'ия', 'ие', 'ию', 'ии', 'ы', 'и', 'а', 'я', 'о', 'е', 'у', 'ю', 'ь', 'й',
];
const MAX_STEM = 6;

export function stem(word: string): string {
  if (!/\p{L}/u.test(word)) return word;
  let w = word;
  for (const e of ENDINGS) {
    if (w.length - e.length >= 4 && w.endsWith(e)) {
      w = w.slice(0, -e.length);
      break;
    }
  }
  return w.length > MAX_STEM ? w.slice(0, MAX_STEM) : w;
}

/** The distinct stems of a text's words (stop words and one-letter words left out); `known` caches stems. */
export function stems(text: string | null | undefined, known: Map<string, string> = new Map()): string[] {
  if (!text) return [];
  const out = new Set<string>();
  for (const m of textKey(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (w.length < 2 && !/\p{N}/u.test(w)) continue;
    if (STOP.has(w)) continue;
    let s = known.get(w);
    if (s === undefined) {
      s = stem(w);
      known.set(w, s);
    }
    out.add(s);
  }
  return [...out];
}
