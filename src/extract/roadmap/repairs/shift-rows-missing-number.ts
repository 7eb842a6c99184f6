// A data row whose number column holds text and whose last cell is empty lost its number cell: its
// cells stood one column to the left.
import { parseItemNumber, splitFusedNumber } from '../../../normalize/item-number.js';
import { cellValue, isBlank, nonEmptyColumns, placeOf } from '../work-row.js';
import { numberCols, shiftRight, type RowRepair } from './context.js';

export const shiftRowsMissingNumber: RowRepair = (rows, ctx) => {
  const cols = numberCols(ctx);
  if (!cols) return rows;
  for (const row of rows) {
    if (row.spanning || row.header) continue;
    const text = cellValue(row, cols.num);
    if (text === '' || parseItemNumber(text) || splitFusedNumber(text)) continue;
    if (!isBlank(row, cols.last) || nonEmptyColumns(row).length < 3) continue;
    shiftRight(row, cols.num);
    ctx.diagnostics.push({
      code: 'row-repaired',
      severity: 'info',
      message: `row ${row.row}: its cells stood one column to the left (no number cell); moved into their columns`,
      at: { table: ctx.table, row: row.row, ...placeOf(row) },
    });
  }
  return rows;
};
