// timeframe-missing: an item with no timeframe, or a table with no timeframe column at all.
import type { Rule } from '../rule.js';
import { hasColumn } from '../walk.js';

export const timeframeMissing: Rule = {
  meta: {
    id: 'timeframe-missing',
    category: 'items',
    severity: 'error',
    description: 'An item has no timeframe (an empty «Срок» cell), or the table has no timeframe column.',
    messages: {
      missing: 'the item has no timeframe',
      noColumn: 'the table has no timeframe column: no item has a deadline',
    },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      if (roadmap.items.length === 0) return;
      // a model that lists no columns (written by hand) is judged item by item
      if (roadmap.columns.length > 0 && !hasColumn(roadmap, 'timeframe')) {
        context.report({ path: ['roadmaps', r, 'columns'], messageId: 'noColumn' });
        return;
      }
      roadmap.items.forEach((item, i) => {
        const { timeframe } = item;
        if (timeframe.kind === 'none' && (timeframe.text === null || timeframe.text.trim() === '')) {
          context.report({ path: ['roadmaps', r, 'items', i, 'timeframe'], messageId: 'missing' });
        }
      });
    });
  },
};
