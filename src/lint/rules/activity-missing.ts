// activity-missing: an item with no activity says nothing about what is to be done.
import type { Rule } from '../rule.js';
import { items } from '../walk.js';

export const activityMissing: Rule = {
  meta: {
    id: 'activity-missing',
    category: 'items',
    severity: 'error',
    description: 'An item has no activity (the «Мероприятие» cell is empty).',
    messages: { missing: 'the item has no activity' },
  },
  check(model, context) {
    for (const { item, path } of items(model)) {
      if (item.activity === null || item.activity.trim() === '') context.report({ path: [...path, 'activity'], messageId: 'missing' });
    }
  },
};
