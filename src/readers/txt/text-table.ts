// Tables exported as lines of cells (tab-separated, or between pipes): one line per row, page breaks as blank lines, rows broken
// by a page break continued on lines whose leading cells are empty, header rows repeated.
import type { ReaderNote, Row, Table } from '../../document/model.js';
import { appendContinuation, isContinuation } from './continued-rows.js';
import { fitBlockToWidth, hasNumberColumn } from './column-width.js';
import { collapse } from '../../normalize/text.js';
import { stripMarkup } from './markup.js';
import { cellIsEmpty, cellString, rowIsEmpty, type RawRow } from './raw-row.js';

/** One line of a table region: a row of cells, a page break, or a tab-less line inside the table. */
export type RegionLine =
  | { kind: 'row'; cells: string[][]; bold: boolean[]; line: number; endLine?: number }
  | { kind: 'break'; line: number }
  | { kind: 'bridge'; raw: string; line: number };

export function splitTabCells(raw: string): { cells: string[][]; bold: boolean[] } {
  return cleanCells(raw.split('\t'));
}

/** Cell strings as split from a line -> cleaned cell lines, with bold remembered. */
export function cleanCells(parts: string[]): { cells: string[][]; bold: boolean[] } {
  const cells: string[][] = [];
  const bold: boolean[] = [];
  for (const part of parts) {
    const t = part.trim();
    bold.push(/^\*\*[\s\S]*\*\*$/.test(t) && t.length > 4);
    // a rule drawn across some columns only (├──┬──┤ under a spanning header cell) is no text of the cell
    const text = collapse(stripMarkup(part).replace(/[├┤┬┴┼+]?[─━═]{3,}[─━═┬┴┼├┤+]*/gu, ' '));
    cells.push(text === '' ? [] : [text]);
  }
  return { cells, bold };
}

export function buildTextTable(region: RegionLine[], notes: ReaderNote[]): Table | null {
  const rows: RawRow[] = [];
  const blocks: RawRow[][] = [];
  let block: RawRow[] = [];
  let afterBreak = false;
  for (const rl of region) {
    if (rl.kind === 'break') {
      if (block.length) blocks.push(block);
      block = [];
      afterBreak = true;
      continue;
    }
    if (rl.kind === 'bridge') {
      const text = stripMarkup(rl.raw).replace(/\s+/g, ' ').trim();
      const row: RawRow = { cells: [[text]], bold: [/^\s*\*\*/.test(rl.raw)], line: rl.line, endLine: rl.line, afterBreak, spanning: true };
      rows.push(row);
      block.push(row);
      afterBreak = false;
      continue;
    }
    const row: RawRow = { cells: rl.cells.map((c) => [...c]), bold: [...rl.bold], line: rl.line, endLine: rl.endLine ?? rl.line, afterBreak };
    afterBreak = false;
    if (rowIsEmpty(row)) continue;
    rows.push(row);
    block.push(row);
  }
  if (block.length) blocks.push(block);
  const first = rows.find((r) => !r.spanning);
  if (!first) return null;
  const width = first.cells.length;
  const numberColumn = hasNumberColumn(rows);
  for (const b of blocks) fitBlockToWidth(b, width, notes, numberColumn);

  const header = first;
  const headerKey = rowKey(header);
  const dataRows = rows.filter((r) => r !== header && !r.spanning);
  const filled = dataRows.filter((r) => !cellIsEmpty(r.cells[0])).length;
  const firstColumnMostlyFilled = dataRows.length > 0 && filled / dataRows.length >= 0.8;

  const out: RawRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row !== header && !row.spanning && row.cells.length === header.cells.length && sameFirstCell(row, header) && rowKey(row) === headerKey) {
      notes.push({ code: 'header-repeat-dropped', severity: 'info', message: 'a repeated header row was dropped', pos: { line: row.line } });
      continue;
    }
    const previous = out[out.length - 1];
    if (previous && previous !== header && isContinuation(row, previous, firstColumnMostlyFilled)) {
      appendContinuation(previous, row, rows[i + 1], notes);
      notes.push({
        code: 'row-continued',
        severity: 'info',
        message: `line ${row.line} continues the row that starts on line ${previous.line} (a row broken by a page break)`,
        pos: { line: row.line },
      });
      continue;
    }
    out.push(row);
  }

  const tableRows: Row[] = out.map((r) => toRow(r, width, r === header));
  return {
    kind: 'table',
    rows: tableRows,
    columns: width,
    pos: { line: rows[0]!.line, endLine: rows[rows.length - 1]!.endLine },
  };
}

function sameFirstCell(a: RawRow, b: RawRow): boolean {
  return (a.cells[0]?.[0] ?? '').toLowerCase() === (b.cells[0]?.[0] ?? '').toLowerCase();
}

function rowKey(row: RawRow): string {
  return row.cells.map((c) => cellString(c).toLowerCase()).join('\u0001');
}

function toRow(r: RawRow, width: number, header: boolean): Row {
  const pos = r.endLine !== r.line ? { line: r.line, endLine: r.endLine } : { line: r.line };
  if (r.spanning) {
    return { cells: [{ lines: r.cells[0]!, colSpan: width, rowSpan: 1, bold: r.bold[0] ?? false }], pos };
  }
  const row: Row = {
    cells: r.cells.map((lines, i) => ({ lines, colSpan: 1, rowSpan: 1, ...(r.bold[i] ? { bold: true } : {}) })),
    pos,
  };
  if (header) row.header = true;
  return row;
}
