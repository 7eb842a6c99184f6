// The words a document uses, to tell a word broken at a line end with no hyphen («Органи|зация», in a
// narrow cell) from two words that merely filled a line («участия|школ»): a break is between words
// when both pieces occur elsewhere in the document and their concatenation does not.
import type { VisualLine } from './lines.js';

export class Vocabulary {
  private readonly counts = new Map<string, number>();

  addLines(lines: readonly VisualLine[]): void {
    for (const line of lines) {
      for (const t of line.text.split(/\s+/u)) {
        const w = wordOf(t);
        if (w) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
      }
    }
  }

  /** How often the word occurs in the document (this occurrence included). */
  count(token: string): number {
    const w = wordOf(token);
    return w === '' ? 0 : (this.counts.get(w) ?? 0);
  }

  /** Whether `head` + `tail`, split over two lines, is one word rather than two. */
  isOneWord(head: string, tail: string): boolean {
    if (this.count(head + tail) > 0) return true;
    return this.count(head) < 2 || this.count(tail) < 2;
  }
}

/** A token without the punctuation around it, lower-cased. */
export function wordOf(token: string): string {
  return token.replace(/^[«"'„“(\[]+|[»"'“”)\].,;:!?]+$/gu, '').toLowerCase();
}
