// A row broken by a page break continues on the next page as a line whose leading cells are empty.
// Its cells are appended to the row above, except fragments the export duplicated.
import type { ReaderNote } from '../../document/model.js';
import { cellIsEmpty, cellString, type RawRow } from './raw-row.js';

/** The row continues the one above: its first cell is empty, something else is not. */
export function isContinuation(row: RawRow, previous: RawRow | undefined, firstColumnMostlyFilled: boolean): boolean {
  if (!previous || row.spanning || previous.spanning) return false;
  if (!cellIsEmpty(row.cells[0])) return false;
  if (row.cells.every((c) => cellIsEmpty(c))) return false;
  return row.afterBreak || firstColumnMostlyFilled;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Append `cont`'s cells to `target`. A fragment is skipped when the target cell already ends with it,
 * or when it is the start of the same column of the next row: both are text the export printed twice.
 */
export function appendContinuation(target: RawRow, cont: RawRow, next: RawRow | undefined, notes: ReaderNote[]): void {
  const skipped: string[] = [];
  for (let c = 0; c < cont.cells.length; c++) {
    const frag = cont.cells[c]!;
    if (cellIsEmpty(frag)) continue;
    const f = norm(frag.join(' '));
    const have = norm(cellString(target.cells[c]));
    const below = next && !next.spanning ? norm(cellString(next.cells[c])) : '';
    if (f.length >= 8 && have.endsWith(f)) {
      skipped.push(frag.join(' ').trim());
      continue;
    }
    if (f.length >= 12 && below.startsWith(f)) {
      skipped.push(frag.join(' ').trim());
      continue;
    }
    while (target.cells.length <= c) target.cells.push([]);
    target.cells[c]!.push(...frag.filter((l) => l.trim() !== ''));
  }
  target.endLine = cont.endLine;
  if (skipped.length > 0) {
    notes.push({
      code: 'duplicate-fragment-dropped',
      severity: 'info',
      message: `text continued over a page break repeats text already in the table and was dropped: ${skipped.map((s) => `«${s}»`).join(', ')}`,
      pos: { line: cont.line },
    });
  }
}
