// item-number-order: an item number smaller than the one before it («2.4» after «2.5»).
import { numberingEvents } from '../numbering.js';
import type { Rule } from '../rule.js';

export const itemNumberOrder: Rule = {
  meta: {
    id: 'item-number-order',
    category: 'numbering',
    severity: 'error',
    description: 'Item numbers run backwards («2.5, 2.4»); a restart at «1» in a new section is allowed.',
    messages: { backwards: 'item {number} comes after item {prev}' },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      for (const e of numberingEvents(roadmap)) {
        if (e.kind !== 'backwards') continue;
        context.report({
          path: ['roadmaps', r, 'items', e.index, 'number'],
          messageId: 'backwards',
          data: { number: roadmap.items[e.index]!.number!, prev: roadmap.items[e.prev]!.number! },
        });
      }
    });
  },
};
