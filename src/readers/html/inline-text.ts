// The text of one block's inline content: lines split at <br>, HTML whitespace collapsed, and
// whether all of it is bold. Tabs are kept when the HTML came from a .docx (mammoth writes w:tab as
// a tab, which separates a signatory's position from the name).
import { BLOCK, SKIPPED, isElement, isHidden, isText, type HtmlNode } from './dom-node.js';

interface Segment {
  text: string;
  bold: boolean;
}

export interface InlineOptions {
  keepTabs: boolean;
}

export class LineBuilder {
  private readonly lines: Segment[][] = [[]];
  constructor(private readonly opts: InlineOptions) {}

  text(s: string, bold: boolean, pre = false): void {
    if (pre) {
      const parts = s.split(/\r\n|\r|\n/);
      parts.forEach((part, i) => {
        if (i > 0) this.br();
        this.current().push({ text: part, bold });
      });
      return;
    }
    this.current().push({ text: s, bold });
  }

  br(): void {
    this.lines.push([]);
  }

  /** The lines (empty ones dropped) and whether every non-blank piece of text is bold. */
  finish(): { lines: string[]; bold: boolean } {
    const lines: string[] = [];
    let sawText = false;
    let allBold = true;
    for (const segs of this.lines) {
      const line = cleanLine(segs.map((s) => s.text).join(''), this.opts.keepTabs);
      if (line === '') continue;
      lines.push(line);
      for (const s of segs) {
        if (/\S/u.test(s.text)) {
          sawText = true;
          if (!s.bold) allBold = false;
        }
      }
    }
    return { lines, bold: sawText && allBold };
  }

  private current(): Segment[] {
    return this.lines[this.lines.length - 1]!;
  }
}

/** HTML whitespace collapsing; non-breaking spaces count as spaces so every format agrees. */
export function cleanLine(raw: string, keepTabs: boolean): string {
  let s = raw.replace(/\u00a0/g, ' ');
  if (keepTabs) {
    s = s.replace(/[ \n\r\f\v]+/g, ' ').replace(/ *\t[\t ]*/g, '\t');
    return s.replace(/^[ \t]+|[ \t]+$/g, '');
  }
  return s.replace(/[ \t\n\r\f\v]+/g, ' ').trim();
}

/** Whether an element makes its content bold (or, with font-weight: normal, not bold). */
export function boldOf(el: { name: string; attribs: Record<string, string> }, inherited: boolean): boolean {
  if (el.name === 'strong' || el.name === 'b' || /^h[1-6]$/.test(el.name)) return true;
  const style = el.attribs['style'];
  if (style) {
    const m = /(?:^|;)\s*font-weight\s*:\s*([a-z0-9]+)/i.exec(style);
    if (m) {
      const w = m[1]!.toLowerCase();
      if (w === 'bold' || w === 'bolder' || (/^\d+$/.test(w) && Number(w) >= 600)) return true;
      if (w === 'normal' || w === 'lighter' || (/^\d+$/.test(w) && Number(w) < 600)) return false;
    }
  }
  return inherited;
}

/** Whether an element holds any block-level element (then it is a container, not a paragraph). */
export function hasBlockChild(node: HtmlNode, depth = 0): boolean {
  // a guard against pathological nesting; callers already bound the depth they walk
  if (depth > 64) return false;
  for (const child of node.children ?? []) {
    if (!isElement(child) || SKIPPED.has(child.name)) continue;
    if (BLOCK.has(child.name)) return true;
    if (hasBlockChild(child, depth + 1)) return true;
  }
  return false;
}

/** Appends an inline subtree's text to a line builder. */
export function collectInline(node: HtmlNode, out: LineBuilder, bold: boolean, pre: boolean, depth: number, maxDepth: number): void {
  if (depth > maxDepth) throw new DepthError();
  for (const child of node.children ?? []) {
    if (isText(child)) {
      out.text(child.data, bold, pre);
      continue;
    }
    if (!isElement(child) || SKIPPED.has(child.name) || isHidden(child)) continue;
    if (child.name === 'br') {
      out.br();
      continue;
    }
    collectInline(child, out, boldOf(child, bold), pre || child.name === 'pre', depth + 1, maxDepth);
  }
}

/** Nesting deeper than the limit; the reader turns it into a RoadmapError. */
export class DepthError extends Error {
  constructor() {
    super('nesting too deep');
    this.name = 'DepthError';
  }
}
