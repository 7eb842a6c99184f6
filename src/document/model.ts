// The common document model every reader produces: paragraphs and tables in reading order, with
// source positions. It knows nothing of roadmaps; extractors read it without knowing the format.

/** Where a block came from. Lines are 1-based lines of a text file; pages are 1-based PDF pages. */
export interface SourcePos {
  line?: number;
  endLine?: number;
  page?: number;
  endPage?: number;
}

export interface Paragraph {
  kind: 'paragraph';
  /** The paragraph's lines as the source breaks them (txt newlines, docx <br>, pdf hard breaks). */
  lines: string[];
  /** All of the paragraph's text is bold. */
  bold: boolean;
  align?: 'left' | 'center' | 'right' | 'justify';
  /** A list item (docx list paragraph, bullet, "- " line). */
  listItem?: boolean;
  pos: SourcePos;
}

export interface Cell {
  /** The cell's text lines (paragraphs inside the cell, or lines of a row continued over a page break). */
  lines: string[];
  colSpan: number;
  rowSpan: number;
  bold?: boolean;
  /** A cell covered by a row span above it repeats the spanning cell's text; this marks the copy. */
  spanned?: boolean;
  /** Targets of hyperlinks in the cell (http and https only), which its text may not show. */
  links?: string[];
}

export interface Row {
  cells: Cell[];
  /** The row is a table header (docx tblHeader, or the first row of a text table). */
  header?: boolean;
  pos: SourcePos;
}

export interface Table {
  kind: 'table';
  rows: Row[];
  /** Number of grid columns. */
  columns: number;
  pos: SourcePos;
}

export type Block = Paragraph | Table;

export type DocFormat = 'txt' | 'docx' | 'pdf' | 'html';

export interface ReaderNote {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  pos: SourcePos & { table?: number; row?: number };
}

export interface DocModel {
  format: DocFormat;
  blocks: Block[];
  /** txt: the detected encoding. */
  encoding?: string | null;
  /** pdf: number of pages. */
  pages?: number | null;
  /** What the reader noticed (repaired rows, dropped artefacts). */
  notes: ReaderNote[];
}

export function cellText(cell: Cell): string {
  return cell.lines.join('\n');
}

export function paragraphText(p: Paragraph): string {
  return p.lines.join('\n');
}
