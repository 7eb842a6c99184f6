// Walks a parsed HTML body into blocks in reading order: one paragraph per <p>/<h1..6>/<li>/… (or per
// run of loose inline content), tables via html-table.ts. Cells hold the lines of their paragraphs;
// a table nested in a cell is flattened into the cell's lines, row by row.
import type { Block, Paragraph, ReaderNote } from '../../document/model.js';
import { BLOCK, SKIPPED, isElement, isHidden, isText, type HtmlNode } from './dom-node.js';
import { readTable, type CellContent } from './html-table.js';
import { LineBuilder, boldOf, collectInline, hasBlockChild, DepthError } from './inline-text.js';

type El = HtmlNode & { name: string; attribs: Record<string, string>; children: HtmlNode[] };

export interface WalkOptions {
  keepTabs: boolean;
  maxDepth: number;
}

interface Inherited {
  bold: boolean;
  align?: Paragraph['align'];
  listItem: boolean;
}

/** Elements that hold one paragraph of inline content (when they hold no blocks). */
const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'pre', 'address', 'caption', 'figcaption', 'summary', 'center', 'div', 'blockquote', 'td', 'th', 'listing', 'xmp', 'plaintext']);

export class BlockWalker {
  readonly notes: ReaderNote[] = [];
  private tables = 0;

  constructor(private readonly opts: WalkOptions) {}

  /** The blocks of a container element (body, div, td, …). */
  blocksOf(node: HtmlNode, inherited: Inherited = { bold: false, listItem: false }, depth = 0): Block[] {
    const out: Block[] = [];
    this.walk(node, inherited, depth, out);
    return out;
  }

  private walk(node: HtmlNode, inh: Inherited, depth: number, out: Block[]): void {
    if (depth > this.opts.maxDepth) throw new DepthError();
    let buffer: LineBuilder | null = null;
    const flush = () => {
      if (buffer) this.pushParagraph(buffer, inh, out);
      buffer = null;
    };
    for (const child of node.children ?? []) {
      if (isText(child)) {
        if (buffer === null && !/\S/u.test(child.data)) continue;
        buffer ??= new LineBuilder(this.opts);
        buffer.text(child.data, inh.bold);
        continue;
      }
      if (!isElement(child) || SKIPPED.has(child.name) || isHidden(child)) continue;
      const name = child.name;
      if (name === 'br') {
        buffer ??= new LineBuilder(this.opts);
        buffer.br();
        continue;
      }
      const childInh: Inherited = {
        bold: boldOf(child, inh.bold),
        listItem: name === 'li' ? true : name === 'ul' || name === 'ol' ? false : inh.listItem,
      };
      const align = alignOf(child) ?? inh.align;
      if (align) childInh.align = align;
      if (!BLOCK.has(name)) {
        if (hasBlockChild(child)) {
          flush();
          this.walk(child, childInh, depth + 1, out);
        } else {
          buffer ??= new LineBuilder(this.opts);
          collectInline(child, buffer, childInh.bold, false, depth + 1, this.opts.maxDepth);
        }
        continue;
      }
      flush();
      if (name === 'table') {
        this.pushTable(child, childInh, depth, out);
      } else if (name === 'hr') {
        continue;
      } else if (PARAGRAPH_LIKE.has(name) && !hasBlockChild(child)) {
        const lb = new LineBuilder(this.opts);
        collectInline(child, lb, childInh.bold, name === 'pre' || name === 'listing' || name === 'xmp' || name === 'plaintext', depth + 1, this.opts.maxDepth);
        this.pushParagraph(lb, childInh, out);
      } else {
        this.walk(child, childInh, depth + 1, out);
      }
    }
    flush();
  }

  private pushParagraph(lb: LineBuilder, inh: Inherited, out: Block[]): void {
    const { lines, bold } = lb.finish();
    if (lines.length === 0) return;
    const p: Paragraph = { kind: 'paragraph', lines, bold, pos: {} };
    if (inh.align) p.align = inh.align;
    if (inh.listItem) p.listItem = true;
    out.push(p);
  }

  private pushTable(el: El, inh: Inherited, depth: number, out: Block[]): void {
    const cellInh: Inherited = { bold: inh.bold, listItem: false };
    const { table, caption, paddedRows } = readTable(
      el,
      (cell) => this.cellContent(cell, { ...cellInh, bold: boldOf(cell, cellInh.bold) }, depth + 2),
      (cap) => {
        const lb = new LineBuilder(this.opts);
        collectInline(cap, lb, boldOf(cap, inh.bold), false, depth + 2, this.opts.maxDepth);
        const { lines, bold } = lb.finish();
        return lines.length ? { kind: 'paragraph', lines, bold, pos: {} } : null;
      },
    );
    if (caption) out.push(caption);
    if (table.rows.length === 0) return;
    this.tables++;
    if (paddedRows > 0) {
      this.notes.push({
        code: 'table-row-padded',
        severity: 'info',
        message: `${paddedRows} row(s) of table ${this.tables} had fewer cells than its ${table.columns} columns and were padded with empty cells`,
        pos: { table: this.tables },
      });
    }
    out.push(table);
  }

  /** A cell's paragraphs become its lines; a nested table's cells are appended row by row. */
  private cellContent(cell: El, inh: Inherited, depth: number): CellContent {
    const blocks = this.blocksOf(cell, inh, depth);
    const lines: string[] = [];
    let bold = true;
    let nested = 0;
    for (const b of blocks) {
      if (b.kind === 'paragraph') {
        for (const l of b.lines) lines.push(l);
        if (!b.bold) bold = false;
        continue;
      }
      nested++;
      for (const row of b.rows) {
        for (const c of row.cells) {
          if (c.spanned) continue;
          for (const l of c.lines) lines.push(l);
          if (c.lines.length && !c.bold) bold = false;
        }
      }
    }
    if (nested > 0) {
      // nested tables were counted as tables of the document; they are not
      this.tables -= nested;
      this.notes.push({
        code: 'nested-table-flattened',
        severity: 'info',
        message: 'a table inside a table cell was flattened into the cell\'s lines',
        pos: { table: this.tables + 1 },
      });
    }
    return { lines, bold: lines.length > 0 && bold };
  }
}

function alignOf(el: El): Paragraph['align'] | undefined {
  const cls = el.attribs['class'];
  if (cls) {
    const m = /(?:^|\s)roadmap-align-(left|center|right|justify)(?:\s|$)/.exec(cls);
    if (m) return m[1] as Paragraph['align'];
  }
  const style = el.attribs['style'];
  const fromStyle = style ? /(?:^|;)\s*text-align\s*:\s*([a-z-]+)/i.exec(style)?.[1] : undefined;
  const v = (fromStyle ?? el.attribs['align'] ?? (el.name === 'center' ? 'center' : undefined))?.toLowerCase();
  switch (v) {
    case 'left':
    case 'start':
      return 'left';
    case 'center':
    case '-webkit-center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'justify':
      return 'justify';
    default:
      return undefined;
  }
}
