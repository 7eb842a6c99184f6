// item-overdue: with an as-of date (--as-of or asOf in the config), items whose timeframe has ended and
// that no report column marks as done. Off unless asked: the same plan is clean today and overdue later.
import { itemSpan, itemStatus, reportedDone } from '../../item-status/item-status.js';
import type { Rule } from '../rule.js';
import { items } from '../walk.js';

export const itemOverdue: Rule = {
  meta: {
    id: 'item-overdue',
    category: 'dates',
    severity: 'warning',
    description: 'With --as-of DATE: an item whose timeframe ended before that day and that no report column marks done.',
    messages: {
      overdue: 'the timeframe ended on {end}, before {asOf}, and no report says it is done',
      notDone: 'the timeframe ended on {end}, before {asOf}, and the report says «{report}»',
    },
    needsAsOf: true,
  },
  check(model, context) {
    const asOf = context.asOf;
    if (asOf === null) return;
    for (const { item, path } of items(model)) {
      if (itemStatus(item, asOf) !== 'overdue') continue;
      const end = itemSpan(item)!.end;
      if (reportedDone(item.report) === false) context.report({ path: [...path, 'timeframe'], messageId: 'notDone', data: { end, asOf, report: item.report! } });
      else context.report({ path: [...path, 'timeframe'], messageId: 'overdue', data: { end, asOf } });
    }
  },
};
