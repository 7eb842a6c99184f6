// responsible-missing: an item nobody is responsible for, or a table with no responsible column.
import type { Rule } from '../rule.js';
import { hasColumn } from '../walk.js';

export const responsibleMissing: Rule = {
  meta: {
    id: 'responsible-missing',
    category: 'items',
    severity: 'error',
    description: 'An item names no responsible party, or the table has no responsible column.',
    messages: {
      missing: 'the item names no responsible party',
      noColumn: 'the table has no responsible column: no item names who carries it out',
    },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      if (roadmap.items.length === 0) return;
      if (roadmap.columns.length > 0 && !hasColumn(roadmap, 'responsible')) {
        context.report({ path: ['roadmaps', r, 'columns'], messageId: 'noColumn' });
        return;
      }
      roadmap.items.forEach((item, i) => {
        if (item.responsible.every((p) => p.trim() === '')) context.report({ path: ['roadmaps', r, 'items', i, 'responsible'], messageId: 'missing' });
      });
    });
  },
};
