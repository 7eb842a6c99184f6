// Cells one row higher than their activity: an unnumbered row holding the tail of the item above and
// the next item's cells, then numbered rows each holding the cells of the row below, the last one with
// none. Put each row's cells back with its activity.
import { parseItemNumber } from '../../../normalize/item-number.js';
import { cellValue, isBlank, placeOf, type WorkRow } from '../work-row.js';
import { numberCols, numOf, startsLower, type RepairContext, type RowRepair } from './context.js';

/** Columns other than the number and the activity: the ones that moved. */
function dataColumns(ctx: RepairContext): number[] {
  const cols = numberCols(ctx);
  return ctx.header.columns.map((_, i) => i).filter((i) => i !== cols?.num && i !== cols?.act);
}

export const realignShiftedColumns: RowRepair = (rows, ctx) => {
  const cols = numberCols(ctx);
  if (!cols) return rows;
  const data = dataColumns(ctx);
  const numbered = (r: WorkRow) => !r.spanning && parseItemNumber(cellValue(r, cols.num)) !== null;
  const hasData = (r: WorkRow) => data.some((c) => !isBlank(r, c));
  for (let i = 1; i < rows.length; i++) {
    const r0 = rows[i]!;
    const prev = rows[i - 1]!;
    if (r0.spanning || !isBlank(r0, cols.num) || !numbered(prev)) continue;
    if (!startsLower(cellValue(r0, cols.act)) || !hasData(r0)) continue;
    let j = i + 1;
    while (j < rows.length && j - i <= 12 && numbered(rows[j]!) && hasData(rows[j]!)) j++;
    if (j >= rows.length || j === i + 1 || !numbered(rows[j]!) || hasData(rows[j]!)) continue;
    // rows i+1 … j take the cells of the row above them
    for (let k = j; k > i; k--) {
      for (const c of data) rows[k]!.cells[c] = [...rows[k - 1]!.cells[c]!];
      const moved = rows[k]!;
      ctx.diagnostics.push({
        code: 'row-unplaced',
        severity: 'warning',
        message: `item ${numOf(moved, cols.num)}: its cells stood one row above its activity (rows ${r0.row}–${rows[j]!.row} are shifted); they were moved down one row — check them against the original`,
        at: { table: ctx.table, row: moved.row, item: numOf(moved, cols.num), ...placeOf(moved) },
      });
    }
    prev.cells[cols.act]!.push(...r0.cells[cols.act]!);
    prev.merged = [...(prev.merged ?? []), r0.row];
    ctx.diagnostics.push({
      code: 'row-unplaced',
      severity: 'warning',
      message: `row ${r0.row}: the tail of item ${numOf(prev, cols.num)}'s activity stood on a row of its own; it was joined to the item`,
      at: { table: ctx.table, row: r0.row, item: numOf(prev, cols.num), ...placeOf(r0) },
    });
    rows.splice(i, 1);
  }
  return rows;
};
