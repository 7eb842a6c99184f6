// document-date-missing: the act states no date, so nothing can be dated against it.
import type { Rule } from '../rule.js';

export const documentDateMissing: Rule = {
  meta: {
    id: 'document-date-missing',
    parserCode: 'document-date-missing',
    category: 'document',
    severity: 'error',
    description: 'The act has no date (for a standalone plan: the approving act named in its stamp).',
    messages: { missing: 'the document states no date' },
  },
  check(model, context) {
    if (model.document.date === null) context.report({ path: ['document', 'date'], messageId: 'missing' });
  },
};
