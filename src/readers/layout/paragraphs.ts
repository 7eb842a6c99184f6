// Visual lines outside tables -> paragraphs. A line that wrapped (the next line's first word would not
// have fitted) is joined to the one before; a deliberate break starts a new paragraph when the
// spacing, size, weight, indent or alignment changes or a list item begins, and otherwise a new line of
// the same paragraph (a multi-line letterhead, signature or appendix block). Centred lines that are not
// bold are separate paragraphs (date, number, place) unless the line reads on from the one above:
// merging two paragraphs would be worse than splitting one. A paragraph continues on the next page
// only when its last line was full and wrapped.
import type { Paragraph } from '../../document/model.js';
import { isMidWordBreak, isWrap, joinWrapped } from './line-joins.js';
import type { VisualLine } from './lines.js';
import type { TextArea } from './text-area.js';
import type { Vocabulary } from './vocabulary.js';

export interface PlacedLine {
  line: VisualLine;
  page: number;
  area: TextArea;
}

type Align = 'left' | 'center' | 'right' | 'full';

/** A list item or numbered clause begins the line. */
const LIST_START = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[-–—•·▪*]|[а-яa-z]\))\s+\S/u;

/** A line that continues the sentence above: a lower-case word (not «г.», «с.»), an opening quote or bracket. */
const READS_ON = /^(?:[«"„(]|\p{Ll}(?:\p{L}|\s))/u;

interface Open {
  lines: string[];
  current: string;
  last: PlacedLine;
  first: PlacedLine;
  wrapped: boolean;
  aligns: Align[];
  bold: boolean;
}

export class ParagraphBuilder {
  private open: Open | null = null;
  constructor(
    private readonly pitch: (size: number) => number,
    private readonly words: Vocabulary,
  ) {}

  add(pl: PlacedLine): Paragraph | null {
    const { line } = pl;
    const o = this.open;
    if (o && this.continues(o, pl)) return null;
    const finished = this.flush();
    this.open = { lines: [], current: line.text, last: pl, first: pl, wrapped: false, aligns: [alignOf(line, pl.area)], bold: line.bold };
    return finished;
  }

  /** Ends the open paragraph (before a table, at the end) and returns it. */
  flush(): Paragraph | null {
    const o = this.open;
    this.open = null;
    if (!o) return null;
    const lines = [...o.lines, o.current].filter((l) => l.trim() !== '');
    if (lines.length === 0) return null;
    const p: Paragraph = {
      kind: 'paragraph',
      lines,
      bold: o.bold,
      align: paragraphAlign(o.aligns, o.wrapped),
      pos: o.first.page === o.last.page ? { page: o.first.page } : { page: o.first.page, endPage: o.last.page },
    };
    return p;
  }

  /** Adds `pl` to the open paragraph if it belongs there; returns whether it did. */
  private continues(o: Open, pl: PlacedLine): boolean {
    const prev = o.last.line;
    const line = pl.line;
    const { area } = pl;
    if (Math.abs(line.size - prev.size) > 0.6 || line.bold !== prev.bold) return false;
    const em = line.size;
    // two lines of different widths on one axis are centred, whatever the margins are taken to be
    const sameAxis = Math.abs((prev.x0 + prev.x1) / 2 - (line.x0 + line.x1) / 2) <= 1.5 && Math.abs(prev.x0 - line.x0) > em;
    const prevAlign = sameAxis ? 'center' : alignOf(prev, o.last.area);
    const align = sameAxis ? 'center' : alignOf(line, area);
    if (sameAxis) o.aligns[o.aligns.length - 1] = 'center';
    const rightEdge = prevAlign === 'center' ? prev.x0 + (o.last.area.right - o.last.area.left) : o.last.area.right;
    const wrap = isWrap(prev, line, rightEdge);
    if (pl.page !== o.last.page) {
      // across a page break only a full line that wrapped goes on, into an unindented line
      if (!wrap || prevAlign !== 'full' || Math.abs(line.x0 - area.left) > em || LIST_START.test(line.text)) return false;
      this.join(o, pl, rightEdge, align);
      return true;
    }
    const gap = line.y - prev.y;
    if (gap > 1.35 * this.pitch(prev.size) || gap < 0.5 * prev.size) return false;
    if (wrap) {
      // a wrapped paragraph goes on at its left edge; an indented line begins a new paragraph
      if (align !== 'center' && line.x0 > prev.x0 + 1.5 * em && line.x0 > area.left + 1.5 * em) return false;
      if (prevAlign !== 'center' && align === 'center' && o.aligns.every((a) => a !== 'center')) return false;
      this.join(o, pl, rightEdge, align);
      return true;
    }
    // a hard break ends a justified paragraph; inside a ragged block (letterhead, appendix header) it is a <br>
    if (o.wrapped && o.aligns.includes('full')) return false;
    if (LIST_START.test(line.text)) return false;
    if (Math.abs(line.x0 - prev.x0) > em && !(prevAlign === 'center' && align === 'center')) return false;
    if ((prevAlign === 'center') !== (align === 'center')) return false;
    if (prevAlign === 'right' !== (align === 'right')) return false;
    // centred lines that are not bold are separate paragraphs (date, number, place) unless the line
    // reads on from the one above (a lower-case word, an opening quote or bracket)
    if (align === 'center' && !line.bold && !READS_ON.test(line.text)) return false;
    o.lines.push(o.current);
    o.current = line.text;
    o.last = pl;
    o.aligns.push(align);
    return true;
  }

  private join(o: Open, pl: PlacedLine, rightEdge: number, align: Align): void {
    // right-aligned or centred lines break between words (a line that ends at the margin there is not full)
    const lastAlign = alignOf(o.last.line, o.last.area);
    const midWord = lastAlign !== 'right' && lastAlign !== 'center' && isMidWordBreak(o.last.line, pl.line, rightEdge, this.words);
    o.current = joinWrapped(o.current, pl.line.text, midWord);
    o.wrapped = true;
    o.last = pl;
    o.aligns.push(align);
  }
}

function alignOf(line: VisualLine, area: TextArea): Align {
  const tol = 2;
  const atLeft = Math.abs(line.x0 - area.left) <= tol;
  // at the right edge, or past it (a right-aligned block may run beyond the margin the body text sets)
  const atRight = line.x1 >= area.right - Math.max(tol, 0.5 * line.size);
  const mid = (line.x0 + line.x1) / 2;
  if (!atLeft && Math.abs(mid - (area.left + area.right) / 2) <= 3) return 'center';
  if (atRight && line.x0 <= area.left + 3 * line.size) return 'full';
  if (atRight && !atLeft) return 'right';
  return 'left';
}

function paragraphAlign(aligns: Align[], wrapped: boolean): Paragraph['align'] {
  if (aligns.every((a) => a === 'center')) return 'center';
  if (aligns.every((a) => a === 'right')) return 'right';
  if (wrapped && aligns.slice(0, -1).every((a) => a === 'full')) return 'justify';
  return 'left';
}
