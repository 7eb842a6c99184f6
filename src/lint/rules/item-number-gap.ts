// item-number-gap: item numbers that skip («1, 3») or jump to another list («1.3, 3.1»).
import { numberingEvents } from '../numbering.js';
import type { Rule } from '../rule.js';

export const itemNumberGap: Rule = {
  meta: {
    id: 'item-number-gap',
    category: 'numbering',
    severity: 'warning',
    description: 'Item numbers skip («1, 3»): an item was lost, merged into another, or misnumbered.',
    messages: {
      gap: 'item {number} follows item {prev}: {missing} missing',
      jump: 'the numbering jumps from item {prev} to item {number}',
    },
    parserCode: 'item-number-gap',
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      for (const e of numberingEvents(roadmap)) {
        if (e.kind !== 'gap' && e.kind !== 'jump') continue;
        const data = { number: roadmap.items[e.index]!.number!, prev: roadmap.items[e.prev]!.number! };
        const path = ['roadmaps', r, 'items', e.index, 'number'];
        if (e.kind === 'gap') {
          const missing = e.missing.length === 1 ? `${e.missing[0]} is` : `${e.missing.join(', ')} are`;
          context.report({ path, messageId: 'gap', data: { ...data, missing, numbers: e.missing.join(', ') } });
        } else context.report({ path, messageId: 'jump', data });
      }
    });
  },
};
