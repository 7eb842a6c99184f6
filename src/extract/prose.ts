// The document as extractors see it outside tables: a stream of lines with their paragraph, plus
// where each table sits in that stream. Works the same whatever format the document came from.
import type { DocModel, SourcePos, Table } from '../document/model.js';

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

export interface Prose {
  lines: ProseLine[];
  tables: PlacedTable[];
}

export function proseOf(doc: DocModel): Prose {
  const lines: ProseLine[] = [];
  const tables: PlacedTable[] = [];
  let para = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      tables.push({ table: block, index: tables.length + 1, at: lines.length });
      continue;
    }
    const texts = block.lines
      .map((l) => l.replace(/[^\S\t]+/gu, ' ').replace(/ *\t[\t ]*/gu, '\t').trim())
      .filter((l) => l !== '');
    texts.forEach((text, i) => {
      const pos: SourcePos = { ...block.pos };
      if (block.pos.line !== undefined && block.lines.length > 1) pos.line = block.pos.line + i;
      lines.push({ text, plain: text.replace(/\t+/gu, ' '), bold: block.bold, para, first: i === 0, last: i === texts.length - 1, pos });
    });
    if (texts.length) para++;
  }
  return { lines, tables };
}

/** The plain text of a line (tabs as spaces). */
export function flat(line: ProseLine | undefined): string {
  return line ? line.plain : '';
}
