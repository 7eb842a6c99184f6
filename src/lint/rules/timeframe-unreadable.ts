// timeframe-unreadable: a timeframe cell with words but no period the date parser could read.
import type { Rule } from '../rule.js';
import { quote } from '../cite.js';
import { items } from '../walk.js';

export const timeframeUnreadable: Rule = {
  meta: {
    id: 'timeframe-unreadable',
    category: 'items',
    severity: 'warning',
    description: 'A timeframe cell has text but no readable period or deadline (kind «none»).',
    messages: { unreadable: 'no period or deadline could be read from the timeframe «{text}»' },
    parserCode: 'timeframe-unreadable',
  },
  check(model, context) {
    for (const { item, path } of items(model)) {
      const { timeframe } = item;
      if (timeframe.kind === 'none' && timeframe.text !== null && timeframe.text.trim() !== '') {
        context.report({ path: [...path, 'timeframe'], messageId: 'unreadable', data: { text: quote(timeframe.text) } });
      }
    }
  },
};
