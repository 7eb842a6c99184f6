// An HTML <table> -> a Table of the document model: rows from thead/tbody/tfoot, header rows, and
// colspan/rowspan laid out on the grid (covered slots get marked copies).
import type { Paragraph, Table } from '../../document/model.js';
import { isElement, isHidden, type HtmlNode } from './dom-node.js';
import { layoutRows, type SourceCell, type SourceRow } from '../table-layout.js';

type El = HtmlNode & { name: string; attribs: Record<string, string>; children: HtmlNode[] };

export interface CellContent {
  lines: string[];
  bold: boolean;
}

export interface ReadTableResult {
  table: Table;
  caption: Paragraph | null;
  /** Rows shorter than the grid, padded with empty cells. */
  paddedRows: number;
}

/** `readCell` turns a td/th's content (paragraphs, nested tables) into lines. */
export function readTable(el: El, readCell: (cell: El) => CellContent, readCaption: (caption: El) => Paragraph | null): ReadTableResult {
  const source: SourceRow[] = [];
  let caption: Paragraph | null = null;
  let sawThead = false;
  const addRow = (tr: El, inHead: boolean) => {
    const cells: SourceCell[] = [];
    let allTh = true;
    for (const c of tr.children) {
      if (!isElement(c) || (c.name !== 'td' && c.name !== 'th')) continue;
      if (c.name !== 'th') allTh = false;
      const content = readCell(c);
      const cell: SourceCell = { lines: content.lines, colSpan: spanAttr(c.attribs['colspan']), rowSpan: spanAttr(c.attribs['rowspan'], true) };
      if (content.lines.length) cell.bold = content.bold;
      const links = hrefsIn(c);
      if (links.length) cell.links = links;
      cells.push(cell);
    }
    if (cells.length === 0) return;
    const row: SourceRow = { cells, pos: {} };
    if (inHead) row.header = true;
    else if (!sawThead && allTh && source.every((r) => r.header)) row.header = true;
    source.push(row);
  };
  for (const child of el.children) {
    if (!isElement(child) || isHidden(child)) continue;
    if (child.name === 'caption') caption = readCaption(child);
    else if (child.name === 'tr') addRow(child, false);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      if (child.name === 'thead') sawThead = true;
      for (const tr of child.children) if (isElement(tr) && tr.name === 'tr' && !isHidden(tr)) addRow(tr, child.name === 'thead');
    }
  }
  const laid = layoutRows(source);
  return { table: { kind: 'table', rows: laid.rows, columns: laid.columns, pos: {} }, caption, paddedRows: laid.paddedRows };
}

function spanAttr(v: string | undefined, allowZero = false): number {
  if (v === undefined) return 1;
  const n = Number.parseInt(v, 10);
  if (Number.isNaN(n)) return 1;
  if (n === 0 && allowZero) return 0;
  return n < 1 ? 1 : n;
}

/** The http(s) targets of the links inside an element (javascript: and the like never pass). */
function hrefsIn(el: El, depth = 0): string[] {
  const out: string[] = [];
  if (depth > 200) return out;
  for (const child of el.children) {
    if (!isElement(child)) continue;
    const href = child.name === 'a' ? child.attribs['href']?.trim() : undefined;
    if (href && /^https?:\/\/[^\s/]+/iu.test(href) && !out.includes(href)) out.push(href);
    for (const h of hrefsIn(child as El, depth + 1)) if (!out.includes(h)) out.push(h);
  }
  return out;
}
