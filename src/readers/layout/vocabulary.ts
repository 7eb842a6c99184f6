// The words a document uses, to tell a word broken at a line end with no hyphen («Органи|зация», in a
// narrow cell) from two words that merely filled a line («участия|школ»). The pieces are one word when
// the document uses the joined word elsewhere; two words when it uses the second piece as a word (in
// some form: Russian inflects, so a word sharing all but its last two letters counts), or when the
// first piece is a word it uses and the second is too long to be an ending. The ambiguous places
// themselves — a line that is one word filling its box, and the first word after it — are not evidence.
import type { VisualLine } from './lines.js';

/** A line of one word that fills its box to within this many ems may end inside a word. */
export const FULL_LINE_EM = 0.6;

/** A line made of one word reaching the right edge of its box. */
export function fillsLine(line: VisualLine, right: number): boolean {
  return !/\s/u.test(line.text) && right - line.x1 < FULL_LINE_EM * line.size;
}

/** Shortest stem compared, so short endings («ов», «ами») never match by accident. */
const MIN_STEM = 4;
/** Longer words are compared whole (and a token of any length costs no more than this). */
const MAX_STEM = 32;
/** A first piece this long is compared by its stem too («ответственные» ~ «ответственного»). */
const MIN_STEMMED_HEAD = 8;
/** A second piece this long is not just an ending. */
const MIN_WORD_TAIL = 5;

export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private readonly stems = new Map<string, number>();

  /**
   * `right` is the right edge of the box the lines are set in (a cell's, or the page's text area);
   * `continued`: the first line may go on from a line on the page before.
   */
  addLines(lines: readonly VisualLine[], right: number, continued = false): void {
    let afterFull = continued;
    for (const line of lines) {
      const full = fillsLine(line, right);
      const tokens = line.text.split(/\s+/u);
      for (let i = 0; i < tokens.length; i++) {
        if (full || (i === 0 && afterFull)) continue;
        const w = wordOf(tokens[i]!);
        if (!w) continue;
        this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
        for (let n = MIN_STEM; n <= Math.min(w.length, MAX_STEM); n++) {
          const stem = w.slice(0, n);
          this.stems.set(stem, (this.stems.get(stem) ?? 0) + 1);
        }
      }
      afterFull = full;
    }
  }

  /** How often the word occurs in the document, outside the ambiguous places. */
  count(token: string): number {
    const w = wordOf(token);
    return w === '' ? 0 : (this.counts.get(w) ?? 0);
  }

  /** Whether the document uses the word elsewhere, as it is or (when at least `minStemmed` long) with another ending. */
  private usedElsewhere(token: string, minStemmed: number): boolean {
    const w = wordOf(token);
    if (this.count(w) >= 1) return true;
    if (w.length < minStemmed) return false;
    const stem = w.slice(0, Math.max(MIN_STEM, w.length - 2));
    return (this.stems.get(stem) ?? 0) >= 1;
  }

  /** Whether `head` + `tail`, split over two lines, is one word rather than two. */
  isOneWord(head: string, tail: string): boolean {
    if (this.count(head + tail) > 0) return true;
    // a short document may not use «года» elsewhere: words this common are words, not endings
    if (COMMON_WORDS.has(wordOf(tail))) return false;
    if (this.usedElsewhere(tail, MIN_STEM + 1)) return false;
    if (wordOf(tail).length >= MIN_WORD_TAIL && this.usedElsewhere(head, MIN_STEMMED_HEAD)) return false;
    return true;
  }
}

/** Words of plans and their deadlines common enough to stand for themselves after a full line. */
const COMMON_WORDS = new Set([
  'года', 'году', 'годы', 'годов', 'лет', 'месяца', 'месяцев', 'недели', 'дней', 'дня', 'числа',
  'квартала', 'квартал', 'полугодия', 'полугодие', 'четверти', 'школы', 'школ', 'проекта', 'плана',
  'работы', 'района', 'округа', 'области', 'края', 'образования', 'организаций', 'организации',
  // the words of roadmap headers, which a narrow header cell breaks after a full line («Плановый|срок»)
  'срок', 'сроки', 'срока', 'исполнения', 'выполнения', 'реализации', 'проведения', 'исполнитель', 'исполнители',
  'ответственный', 'ответственные', 'мероприятие', 'мероприятия', 'результат', 'результаты', 'отчетности',
  'отчётности', 'выполнении', 'исполнении', 'документ', 'документы', 'информация', 'примечание',
]);

/** A token without the punctuation around it, lower-cased. */
export function wordOf(token: string): string {
  return token.replace(/^[«"'„“(\[]+|[»"'“”)\].,;:!?]+$/gu, '').toLowerCase();
}
