// appendix-date-mismatch: an appendix header cites another date than the act it is attached to.
import type { Rule } from '../rule.js';

export const appendixDateMismatch: Rule = {
  meta: {
    id: 'appendix-date-mismatch',
    category: 'document',
    severity: 'error',
    description: 'An appendix header («Приложение к приказу от …») cites another date than the act.',
    messages: { mismatch: '{label} cites an act of {cited}; the act is dated {date}' },
    parserCode: 'appendix-date-mismatch',
  },
  check(model, context) {
    const { document } = model;
    if (document.type === 'plan' || !document.date) return;
    document.appendices.forEach((a, i) => {
      if (a.refDate && a.refDate !== document.date) {
        context.report({ path: ['document', 'appendices', i, 'refDate'], messageId: 'mismatch', data: { label: a.label, cited: a.refDate, date: document.date! } });
      }
    });
  },
};
