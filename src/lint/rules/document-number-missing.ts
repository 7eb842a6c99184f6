// document-number-missing: an act without a number cannot be cited; a report has none of its own.
import type { Rule } from '../rule.js';

export const documentNumberMissing: Rule = {
  meta: {
    id: 'document-number-missing',
    parserCode: 'document-number-missing',
    category: 'document',
    severity: 'error',
    description: 'The act has no number (reports are exempt: they carry none).',
    messages: { missing: 'the document states no number' },
  },
  check(model, context) {
    if (model.document.type === 'report') return;
    if (model.document.number === null || model.document.number.trim() === '') context.report({ path: ['document', 'number'], messageId: 'missing' });
  },
};
