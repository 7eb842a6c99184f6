// item-number-duplicate: two items carry the same number (within a section when numbering restarts there).
import { quote } from '../cite.js';
import { numberingEvents } from '../numbering.js';
import type { Rule } from '../rule.js';

export const itemNumberDuplicate: Rule = {
  meta: {
    id: 'item-number-duplicate',
    category: 'numbering',
    severity: 'error',
    description: 'Two items carry the same number (numbering that restarts in each section is allowed).',
    messages: { duplicate: 'item number {number} is used twice; the first is «{first}»' },
    parserCode: 'item-number-duplicate',
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      for (const e of numberingEvents(roadmap)) {
        if (e.kind !== 'duplicate') continue;
        context.report({
          path: ['roadmaps', r, 'items', e.index, 'number'],
          messageId: 'duplicate',
          data: { number: roadmap.items[e.index]!.number!, first: quote(roadmap.items[e.first]!.activity ?? '(no activity)', 50) },
        });
      }
    });
  },
};
