// activity-duplicate: the same activity written twice in one roadmap (compared ignoring case and punctuation).
import type { Rule } from '../rule.js';
import { itemLabel, quote } from '../cite.js';
import { looseKey } from '../words.js';

export const activityDuplicate: Rule = {
  meta: {
    id: 'activity-duplicate',
    category: 'items',
    severity: 'warning',
    description: 'Two items of one roadmap have the same activity.',
    messages: { duplicate: 'the activity «{text}» is also item {first}' },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      const seen = new Map<string, number>();
      roadmap.items.forEach((item, i) => {
        if (!item.activity) return;
        const key = looseKey(item.activity);
        if (key === '') return;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return;
        }
        context.report({
          path: ['roadmaps', r, 'items', i, 'activity'],
          messageId: 'duplicate',
          data: { text: quote(item.activity), first: itemLabel(roadmap.items[first]!, first) },
        });
      });
    });
  },
};
