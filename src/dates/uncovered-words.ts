// The words (and numbers) of a phrase that no parser read: the typo refiner tries them as months, and the "partly read" note
// lists them. Only the stretches between mentions are scanned, with a plain letter class (the text is lower-cased).
import type { Mention } from './mention.js';

export interface Word {
  word: string;
  index: number;
}

const WORD = /[а-яa-zі]+|\d+/g;

function scan(s: string, from: number, to: number, out: Word[]): void {
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(s)) !== null && m.index < to) {
    const word = m.index + m[0].length > to ? m[0].slice(0, to - m.index) : m[0];
    out.push({ word, index: m.index });
  }
}

/** Mentions must be in text order and not overlap (as the overlap step leaves them). */
export function uncoveredWords(s: string, mentions: readonly Mention[]): Word[] {
  const out: Word[] = [];
  let pos = 0;
  for (const m of mentions) {
    if (m.index > pos) scan(s, pos, m.index, out);
    if (m.end > pos) pos = m.end;
  }
  if (pos < s.length) scan(s, pos, s.length, out);
  return out;
}

// words that frame a timeframe without changing it
const FRAMING = new Set([
  'срок', 'сроки', 'срокам', 'сроков', 'срока', 'течение', 'года', 'году', 'позднее', 'позже', 'начиная', 'также',
  'месяца', 'числа', 'конца', 'конец', 'концу',
]);

const DIGIT = /^\d/;

/** The unread words worth a note: any number, words of four letters or more that are not mere framing. */
export function skippedWords(s: string, mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const { word } of uncoveredWords(s, mentions)) {
    if (DIGIT.test(word) || (word.length >= 4 && !FRAMING.has(word))) out.push(word);
  }
  return out;
}
