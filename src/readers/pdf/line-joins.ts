// How two visual lines of one wrapped paragraph join back into one line of text, and whether a line
// break was a wrap at all. A hyphen at a line end after a letter or digit is kept and the word
// rejoined («мастер-» + «классов»), a soft hyphen is dropped, a break after «/» closes up (split URLs,
// «вебинарах/семинарах»), and a word broken with no hyphen because it was wider than its cell closes up.
import { firstWordWidth, type VisualLine } from './lines.js';
import type { Vocabulary } from './vocabulary.js';

/** A line made of one word that fills its box to within this many ems was broken inside the word. */
const FULL_LINE_EM = 0.6;

export function joinWrapped(a: string, b: string, midWord: boolean): string {
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  if (/[\p{L}\p{N}][-\u2010]$/u.test(a)) return a + b;
  if (/\S\/$/u.test(a)) return a + b;
  if (midWord) return a + b;
  return `${a} ${b}`;
}

/**
 * Whether `next` continues `line` as a wrap: the first word of `next` would not have fitted at the end
 * of `line` within the box's right edge. Otherwise the writer broke the line (a new paragraph or a <br>).
 */
export function isWrap(line: VisualLine, next: VisualLine, right: number): boolean {
  const remaining = right - line.x1;
  const need = 0.25 * next.size + firstWordWidth(next);
  // a word that would fit with room to spare means the break was deliberate
  return need > remaining - 0.1 * line.size;
}

/**
 * A single word filling its line, continued by a line starting with a letter or digit: the layout
 * broke the word itself, with no hyphen — unless the document's words say these are two words.
 */
export function isMidWordBreak(line: VisualLine, next: VisualLine, right: number, words: Vocabulary): boolean {
  if (/\s/u.test(line.text) || /[.,;:!?)»"]$/u.test(line.text)) return false;
  if (!/^[\p{L}\p{N}]/u.test(next.text)) return false;
  if (right - line.x1 >= FULL_LINE_EM * line.size) return false;
  const head = /^\S+/u.exec(next.text)![0];
  return words.isOneWord(line.text, head);
}
