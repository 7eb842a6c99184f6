// «7. Организация …» in the number column: the number and the activity were fused into one cell.
import { parseItemNumber, splitFusedNumber } from '../../../normalize/item-number.js';
import { cellValue, isBlank, placeOf } from '../work-row.js';
import { numberCols, shiftRight, type RowRepair } from './context.js';

export const splitFusedNumbers: RowRepair = (rows, ctx) => {
  const cols = numberCols(ctx);
  if (!cols) return rows;
  const fixed: string[] = [];
  for (const row of rows) {
    if (row.spanning || row.header) continue;
    const text = cellValue(row, cols.num);
    if (parseItemNumber(text)) continue;
    const m = splitFusedNumber(text);
    if (!m) continue;
    const shifted = !isBlank(row, cols.act);
    if (shifted) {
      const lastBlank = isBlank(row, cols.last);
      shiftRight(row, cols.act);
      if (!lastBlank) {
        ctx.diagnostics.push({
          code: 'row-unplaced',
          severity: 'warning',
          message: `row ${row.row}: item ${m.number} had its number and activity in one cell and one cell too many; the last two cells were joined`,
          at: { table: ctx.table, row: row.row, item: m.number, ...placeOf(row) },
        });
      }
    }
    // a number and its title in one cell with the rest of the row empty (a section heading, or an
    // item with no other cells) is only split; a row whose cells had to move is a repair to report
    if (shifted) fixed.push(m.number);
    row.cells[cols.num] = [m.number];
    row.cells[cols.act] = [m.rest];
  }
  if (fixed.length) {
    ctx.diagnostics.push({
      code: 'row-repaired',
      severity: 'info',
      message: `items ${fixed.join(', ')}: the number and the activity shared one cell; they were split and the row's cells moved into their columns`,
      at: { table: ctx.table },
    });
  }
  return rows;
};
