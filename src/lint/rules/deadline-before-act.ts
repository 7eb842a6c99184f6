// deadline-before-act: an item whose timeframe is over before the act was signed — the plan was
// approved after its own deadline. A report looks back by nature and is exempt.
import { itemSpan } from '../../item-status/item-status.js';
import type { Rule } from '../rule.js';
import { items } from '../walk.js';

export const deadlineBeforeAct: Rule = {
  meta: {
    id: 'deadline-before-act',
    category: 'dates',
    severity: 'warning',
    description: "An item's timeframe ends before the act's date: the plan was approved after its own deadline.",
    messages: { before: 'the timeframe ends on {end}, before the act of {date} that approves it' },
  },
  check(model, context) {
    const date = model.document.date;
    if (date === null || model.document.type === 'report') return;
    for (const { item, path } of items(model)) {
      const span = itemSpan(item);
      if (span && span.end < date) context.report({ path: [...path, 'timeframe'], messageId: 'before', data: { end: span.end, date } });
    }
  },
};
