// result-missing: the table has a result or indicator column, and an item leaves both empty.
import type { Rule } from '../rule.js';
import { hasColumn } from '../walk.js';

export const resultMissing: Rule = {
  meta: {
    id: 'result-missing',
    category: 'items',
    severity: 'warning',
    description: 'The table has a result or indicator column and an item states neither.',
    messages: { missing: 'the item states no {what}' },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      const result = hasColumn(roadmap, 'result');
      const indicator = hasColumn(roadmap, 'indicator');
      if (!result && !indicator) return;
      const what = result && indicator ? 'result or indicator' : result ? 'result' : 'indicator';
      roadmap.items.forEach((item, i) => {
        const blank = (v: string | null) => v === null || v.trim() === '';
        if (blank(item.result) && blank(item.indicator)) {
          context.report({ path: ['roadmaps', r, 'items', i, result ? 'result' : 'indicator'], messageId: 'missing', data: { what } });
        }
      });
    });
  },
};
