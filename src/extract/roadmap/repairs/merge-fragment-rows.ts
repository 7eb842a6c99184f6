// A row with no item number holding only a tail of text («программ», «000», a lowercase fragment)
// continues the item above it; a tail stacked with copies of one phrase fills the empty cells below.
import { leadingItemNumber, parseItemNumber } from '../../../normalize/item-number.js';
import { textKey } from '../../../normalize/text.js';
import { cellValue, isBlank, nonEmptyColumns, placeOf, type WorkRow } from '../work-row.js';
import { numberCols, numOf, startsLower, type RowRepair } from './context.js';

/**
 * A row with no item number holding only a tail of text («программ», «000», a lowercase fragment)
 * continues the item above it. A cell of such a tail that repeats one phrase k times goes to the
 * next k items whose cell in that column is empty (text stacked into one cell by the export).
 */
export const mergeFragmentRows: RowRepair = (rows, ctx) => {
  const cols = numberCols(ctx);
  const act = ctx.header.at.activity;
  if (act === undefined) return rows;
  const out: WorkRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const prev = out[out.length - 1];
    if (!prev || prev.spanning || prev.header || row.spanning || row.header || !isFragment(row, cols?.num, act)) {
      out.push(row);
      continue;
    }
    if (cols) {
      const numText = cellValue(row, cols.num);
      if (numText !== '') prev.cells[act]!.push(numText);
    }
    const spreadTargets = new Set<number>();
    for (let c = 0; c < row.cells.length; c++) {
      if (c === cols?.num) continue;
      const frag = row.cells[c]!;
      if (frag.every((l) => l.trim() === '')) continue;
      const spread = unstack(frag.join(' '), rows, i + 1, c);
      prev.cells[c]!.push(spread.head);
      spread.rest.forEach((text, k) => {
        rows[spread.targets[k]!]!.cells[c]!.push(text);
        spreadTargets.add(spread.targets[k]!);
      });
    }
    prev.merged = [...(prev.merged ?? []), row.row];
    const prevNumber = cols ? numOf(prev, cols.num) : '';
    ctx.diagnostics.push({
      code: 'row-unplaced',
      severity: 'warning',
      message: `row ${row.row} has no item number and holds only the tail of the row above; it was joined to ${prevNumber ? `item ${prevNumber}` : 'that row'} — check it against the original`,
      at: { table: ctx.table, row: row.row, ...(prevNumber ? { item: prevNumber } : {}), ...placeOf(row) },
    });
    for (const t of spreadTargets) {
      const n = cols ? numOf(rows[t]!, cols.num) : '';
      ctx.diagnostics.push({
        code: 'row-unplaced',
        severity: 'warning',
        message: `item ${n || `in row ${rows[t]!.row}`}: an empty cell was filled with text stacked in row ${row.row} — check it against the original`,
        at: { table: ctx.table, row: rows[t]!.row, ...(n ? { item: n } : {}), ...placeOf(rows[t]!) },
      });
    }
  }
  return out;
};

function isFragment(row: WorkRow, numCol: number | undefined, act: number): boolean {
  const numText = numCol === undefined ? '' : cellValue(row, numCol);
  if (numText !== '' && (parseItemNumber(numText) || leadingItemNumber(numText))) return false;
  const actText = cellValue(row, act);
  if (nonEmptyColumns(row).length === 0) return false;
  // a tail: digits where the number should be but out of any numbering («000»), or a lowercase start
  if (numText !== '' && actText === '' && (/^\d+$/u.test(numText) || startsLower(numText))) return true;
  if (numText === '' && actText !== '' && startsLower(actText)) return true;
  return false;
}

/** Split «head P P P» into the head and k copies of P for the next k rows with an empty cell in `col`. */
function unstack(text: string, rows: WorkRow[], from: number, col: number): { head: string; rest: string[]; targets: number[] } {
  const targets: number[] = [];
  for (let r = from; r < rows.length && targets.length < 12; r++) {
    const row = rows[r]!;
    if (row.spanning) break;
    if (!isBlank(row, col)) break;
    targets.push(r);
  }
  if (targets.length === 0) return { head: text, rest: [], targets: [] };
  const words = text.split(/\s+/u).filter(Boolean);
  for (let k = targets.length; k >= 1; k--) {
    for (let len = 2; len * k < words.length; len++) {
      const phrase = words.slice(words.length - len).join(' ');
      let ok = true;
      for (let rep = 1; rep <= k && ok; rep++) {
        ok = words.slice(words.length - rep * len, words.length - (rep - 1) * len).join(' ') === phrase;
      }
      if (!ok) continue;
      // one more copy before the k would mean the phrase belongs to the head as well: not ours to split
      const head = words.slice(0, words.length - k * len).join(' ');
      if (head === '' || textKey(head).endsWith(textKey(phrase))) continue;
      if (k === 1 && !sameAsNeighbours(phrase, rows, col, from)) continue;
      return { head, rest: Array.from({ length: k }, () => phrase), targets: targets.slice(0, k) };
    }
  }
  return { head: text, rest: [], targets: [] };
}

/** A single trailing phrase moves only when the column elsewhere holds exactly that phrase. */
function sameAsNeighbours(phrase: string, rows: WorkRow[], col: number, from: number): boolean {
  const key = textKey(phrase);
  return rows.slice(Math.max(0, from - 6), from).some((r) => textKey(cellValue(r, col)) === key);
}
