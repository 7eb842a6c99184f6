// Repairs of roadmap rows damaged on their way out of a word processor (lost tabs, cells shifted by
// one row, a row's tail on a row of its own), each made only when the damage is unmistakable and
// reported as a diagnostic. Refiners in the manner of chrono-node: each takes the rows, returns them.
import type { WorkRow } from '../work-row.js';
import type { RepairContext, RowRepair } from './context.js';
import { mergeFragmentRows } from './merge-fragment-rows.js';
import { realignShiftedColumns } from './realign-shifted-columns.js';
import { shiftRowsMissingNumber } from './shift-rows-missing-number.js';
import { splitFusedNumbers } from './split-fused-numbers.js';

export type { RepairContext, RowRepair } from './context.js';

/** In order, and why there. */
export const REPAIRS: ReadonlyArray<{ name: string; repair: RowRepair; why: string }> = [
  { name: 'split-fused-numbers', repair: splitFusedNumbers, why: 'a number fused with its text would look like text to every later repair' },
  { name: 'shift-rows-missing-number', repair: shiftRowsMissingNumber, why: 'needs fused numbers split first, so «7. Текст» is not taken for a lost number cell' },
  { name: 'realign-shifted-columns', repair: realignShiftedColumns, why: 'needs every row in its columns, and must see the tail row before it is merged away' },
  { name: 'merge-fragment-rows', repair: mergeFragmentRows, why: 'last: what is still an unnumbered tail after the others is a continuation' },
];

export function repairRows(rows: WorkRow[], ctx: RepairContext): WorkRow[] {
  let out = rows;
  for (const { repair } of REPAIRS) out = repair(out, ctx);
  return out;
}
