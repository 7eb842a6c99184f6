// The document flow: the document as extractors see it outside tables, a stream of lines with their
// paragraph, plus where each table sits in that stream. Works the same whatever format it came from.
import type { DocModel, Paragraph, SourcePos, Table } from '../document/model.js';
import { isPersonName } from './person-name.js';

export interface ProseLine {
  /** The line, whitespace collapsed except tabs (which separate a position from a name). */
  text: string;
  /** The same with tabs as spaces. */
  plain: string;
  bold: boolean;
  /** Index of its paragraph among all paragraphs. */
  para: number;
  /** First / last line of its paragraph. */
  first: boolean;
  last: boolean;
  pos: SourcePos;
}

export interface PlacedTable {
  table: Table;
  /** 1-based index among the document's tables. */
  index: number;
  /** Number of prose lines before the table. */
  at: number;
}

export interface DocumentFlow {
  lines: ProseLine[];
  tables: PlacedTable[];
}

export function documentFlow(doc: DocModel): DocumentFlow {
  const lines: ProseLine[] = [];
  const tables: PlacedTable[] = [];
  let para = 0;
  const paragraphs = (block: DocModel['blocks'][number]): Paragraph[] => (block.kind === 'table' ? layoutParagraphs(block) : [block]);
  let tableIndex = 0;
  for (const source of doc.blocks) {
    if (source.kind === 'table') tableIndex++;
    if (source.kind === 'table' && !isLayoutTable(source)) {
      tables.push({ table: source, index: tableIndex, at: lines.length });
      continue;
    }
    for (const block of paragraphs(source)) para = addParagraph(lines, block, para);
  }
  return { lines, tables };
}

function addParagraph(lines: ProseLine[], block: Paragraph, para: number): number {
  const texts = block.lines
    .map((l) => l.replace(/[^\S\t]+/gu, ' ').replace(/ *\t[\t ]*/gu, '\t').trim())
    .filter((l) => l !== '');
  texts.forEach((text, i) => {
    const pos: SourcePos = { ...block.pos };
    if (block.pos.line !== undefined && block.lines.length > 1) pos.line = block.pos.line + i;
    lines.push({ text, plain: text.replace(/\t+/gu, ' '), bold: block.bold, para, first: i === 0, last: i === texts.length - 1, pos });
  });
  return texts.length ? para + 1 : para;
}

/**
 * A small borderless table that lays out a letterhead (issuer | date, number) or a signature
 * (position | name): its text is read as paragraphs, not as data.
 */
function isLayoutTable(table: Table): boolean {
  return table.rows.length <= 3 && table.columns <= 3;
}

function layoutParagraphs(table: Table): Paragraph[] {
  const out: Paragraph[] = [];
  for (const row of table.rows) {
    const cells = row.cells.filter((c) => !c.spanned && c.lines.some((l) => l.trim() !== ''));
    const last = cells[cells.length - 1];
    if (cells.length === 2 && last && isPersonName(last.lines.join(' ').replace(/\s+/gu, ' ').trim())) {
      // position | name: one line, as a text export writes it
      const position = cells[0]!.lines;
      out.push({ kind: 'paragraph', lines: [...position.slice(0, -1), `${position[position.length - 1] ?? ''}\t${last.lines.join(' ')}`], bold: false, pos: row.pos });
      continue;
    }
    for (const cell of cells) out.push({ kind: 'paragraph', lines: cell.lines, bold: cell.bold ?? false, pos: row.pos });
  }
  return out;
}

/** The plain text of a line (tabs as spaces). */
export function plainText(line: ProseLine | undefined): string {
  return line ? line.plain : '';
}
