// Where the plan stands on the as-of day: items by status (item-status.ts) and those due soon.
import { addDays } from '../dates/calendar.js';
import type { Item } from '../model/index.js';
import type { ItemStatus } from '../item-status/item-status.js';
import type { StatusSummary } from './report-model.js';

export const STATUSES: readonly ItemStatus[] = ['done', 'not_done', 'ongoing', 'upcoming', 'overdue', 'undated'];

export const DEFAULT_DUE_WITHIN_DAYS = 30;

/** Not done, and some period of the item ends between the as-of day and `days` later (both included). */
export function isDueSoon(item: Item, status: ItemStatus, asOf: string, days: number): boolean {
  if (status === 'done' || status === 'overdue') return false;
  const by = addDays(asOf, days);
  return item.timeframe.periods.some((p) => p.end >= asOf && p.end <= by);
}

export function emptyCounts(): Record<ItemStatus, number> {
  return { done: 0, not_done: 0, ongoing: 0, upcoming: 0, overdue: 0, undated: 0 };
}

export function summarizeStatus(
  items: ReadonlyArray<{ source: string; status?: ItemStatus; dueSoon?: boolean }>,
  asOf: string,
  days: number,
  reportColumn: boolean,
): StatusSummary {
  const counts = emptyCounts();
  const bySource: StatusSummary['bySource'] = {};
  let dueSoon = 0;
  for (const item of items) {
    const s = item.status!;
    counts[s]++;
    const src = (bySource[item.source] ??= { ...emptyCounts(), dueSoon: 0 });
    src[s]++;
    if (item.dueSoon) {
      dueSoon++;
      src.dueSoon++;
    }
  }
  return { asOf, dueWithinDays: days, dueBy: addDays(asOf, days), counts, dueSoon, bySource, reportColumn };
}
