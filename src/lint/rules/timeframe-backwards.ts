// timeframe-backwards: a period that ends before it starts («30.03.2022 – 14.02.2022»).
import type { Rule } from '../rule.js';
import { items } from '../walk.js';

export const timeframeBackwards: Rule = {
  meta: {
    id: 'timeframe-backwards',
    category: 'dates',
    severity: 'error',
    description: 'A period of an item ends before it starts.',
    messages: { backwards: 'the period {start} – {end} ends before it starts' },
    parserCode: 'timeframe-backwards',
  },
  check(model, context) {
    for (const { item, path } of items(model)) {
      item.timeframe.periods.forEach((p, k) => {
        if (p.start !== null && p.start > p.end) context.report({ path: [...path, 'timeframe', 'periods', k], messageId: 'backwards', data: { start: p.start, end: p.end } });
      });
    }
  },
};
