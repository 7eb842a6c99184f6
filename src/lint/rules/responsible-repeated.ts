// responsible-repeated: one party named twice for one item («МОУО МОУО») — usually two rows fused into one.
import type { Rule } from '../rule.js';
import { items } from '../walk.js';
import { looseKey } from '../words.js';

export const responsibleRepeated: Rule = {
  meta: {
    id: 'responsible-repeated',
    category: 'items',
    severity: 'warning',
    description: 'An item names the same responsible party twice, often the trace of two rows fused into one.',
    messages: { repeated: '«{party}» is named twice among the responsible' },
  },
  check(model, context) {
    for (const { item, path } of items(model)) {
      const seen = new Set<string>();
      item.responsible.forEach((party, k) => {
        const key = looseKey(party);
        if (key === '') return;
        if (seen.has(key)) context.report({ path: [...path, 'responsible', k], messageId: 'repeated', data: { party } });
        seen.add(key);
      });
    }
  },
};
