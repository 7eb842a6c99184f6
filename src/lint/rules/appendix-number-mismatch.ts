// appendix-number-mismatch: an appendix header cites another act number than the act it is attached to.
import type { Rule } from '../rule.js';
import { actNumberKey } from '../act-number-key.js';

export const appendixNumberMismatch: Rule = {
  meta: {
    id: 'appendix-number-mismatch',
    category: 'document',
    severity: 'error',
    description: 'An appendix header («Приложение к приказу … № …») cites another number than the act.',
    messages: { mismatch: '{label} cites №{cited}; the act is №{number}' },
    parserCode: 'appendix-number-mismatch',
  },
  check(model, context) {
    const { document } = model;
    // a standalone plan's date and number are read from its own stamp: nothing to compare
    if (document.type === 'plan' || !document.number) return;
    document.appendices.forEach((a, i) => {
      if (a.refNumber && actNumberKey(a.refNumber) !== actNumberKey(document.number!)) {
        context.report({ path: ['document', 'appendices', i, 'refNumber'], messageId: 'mismatch', data: { label: a.label, cited: a.refNumber, number: document.number! } });
      }
    });
  },
};
