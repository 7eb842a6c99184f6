// How two visual lines of one wrapped paragraph join back into one line of text, and whether a line
// break was a wrap at all. A hyphen at a line end after a letter or digit is kept and the word
// rejoined («мастер-» + «классов»), a soft hyphen is dropped, a break after «/» closes up (split URLs,
// «вебинарах/семинарах»), and a word broken with no hyphen because it was wider than its cell closes up.
import { firstWordWidth, type VisualLine } from './lines.js';
import { fillsLine, type Vocabulary } from './vocabulary.js';

export function joinWrapped(a: string, b: string, midWord: boolean): string {
  if (a.endsWith('\u00ad')) return a.slice(0, -1) + b;
  // punctuation the layout pushed onto the next line belongs to the word before it
  if (/^[,.;:!?)»]/u.test(b)) return a + b;
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
  // a word that would fit with room to spare means the break was deliberate; the word's width is an
  // estimate, so a near fit counts as a wrap (joining lines of one paragraph costs nothing)
  return need > remaining - 0.6 * line.size;
}

/**
 * A single word filling its line, continued by a line starting with a letter or digit: the layout
 * broke the word itself, with no hyphen — unless the document's words say these are two words.
 */
export function isMidWordBreak(line: VisualLine, next: VisualLine, right: number, words: Vocabulary): boolean {
  if (!fillsLine(line, right) || /[.,;:!?)»"]$/u.test(line.text)) return false;
  // a hyphen pushed alone onto the next line («25.04.2022|-|01.06.2022» in a narrow cell)
  if (/^-(?:$|\S)/u.test(next.text) && /[\p{L}\p{N}]$/u.test(line.text)) return true;
  if (!/^[\p{L}\p{N}]/u.test(next.text)) return false;
  // a letter next to a digit is a word boundary («Август-октябрь|2022 г.»)
  if (/\p{L}$/u.test(line.text) !== /^\p{L}/u.test(next.text)) return false;
  const head = /^\S+/u.exec(next.text)![0];
  return words.isOneWord(line.text, head);
}
