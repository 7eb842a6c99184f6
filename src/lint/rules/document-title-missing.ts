// document-title-missing: the act has no title («Об утверждении …»).
import type { Rule } from '../rule.js';

export const documentTitleMissing: Rule = {
  meta: {
    id: 'document-title-missing',
    category: 'document',
    severity: 'warning',
    description: 'The document has no title («Об утверждении …»).',
    messages: { missing: 'the document has no title' },
  },
  check(model, context) {
    if (model.document.title === null || model.document.title.trim() === '') context.report({ path: ['document', 'title'], messageId: 'missing' });
  },
};
