// Where an item stands on a given day: done (a report column says so), ongoing, upcoming or overdue.
// Shared by `validate --as-of` and `report --as-of`.
import type { Item } from '../model/roadmap.js';

export type ItemStatus = 'done' | 'not_done' | 'ongoing' | 'upcoming' | 'overdue' | 'undated';

const NOT_DONE = /(?:^|[^\p{L}])(?:не\s+(?:выполнен|исполнен|проведен|реализован|начат)\p{L}*|нет|не\s+в\s+срок|перенесен\p{L}*|отменен\p{L}*|в\s+процессе|в\s+работе|частично|на\s+стадии)(?=$|[^\p{L}])/iu;
const DONE = /(?:^|[^\p{L}])(?:выполнен\p{L}*|исполнен\p{L}*|проведен\p{L}*|реализован\p{L}*|завершен\p{L}*|состоял\p{L}*|да|сделано|готово)(?=$|[^\p{L}])|^\s*[+✓✔]\s*$/iu;

/** What a report cell («Выполнено», «Не выполнено», «перенесено») says: true, false, or null when it says nothing. */
export function reportedDone(report: string | null): boolean | null {
  if (!report || report.trim() === '') return null;
  if (NOT_DONE.test(report)) return false;
  if (DONE.test(report)) return true;
  return null;
}

/** The whole span an item's timeframe covers (earliest start to latest end); a deadline starts open. */
export function itemSpan(item: Item): { start: string | null; end: string } | null {
  const periods = item.timeframe.periods;
  if (periods.length === 0) return null;
  const starts = periods.map((p) => p.start);
  const start = starts.includes(null) ? null : (starts as string[]).reduce((a, b) => (a < b ? a : b));
  const end = periods.map((p) => p.end).reduce((a, b) => (a > b ? a : b));
  return { start, end };
}

/** The item's status on `asOf` (ISO day). */
export function itemStatus(item: Item, asOf: string): ItemStatus {
  const done = reportedDone(item.report);
  if (done === true) return 'done';
  const span = itemSpan(item);
  if (!span) return done === false ? 'not_done' : 'undated';
  if (span.end < asOf) return 'overdue';
  if (span.start !== null && span.start > asOf) return 'upcoming';
  return 'ongoing';
}
