// document-issuer-missing: nobody is named as issuing the act.
import type { Rule } from '../rule.js';

export const documentIssuerMissing: Rule = {
  meta: {
    id: 'document-issuer-missing',
    parserCode: 'document-issuer-missing',
    category: 'document',
    severity: 'warning',
    description: 'The document names no issuer (the body in its letterhead).',
    messages: { missing: 'the document names no issuer' },
  },
  check(model, context) {
    if (model.document.issuer === null || model.document.issuer.trim() === '') context.report({ path: ['document', 'issuer'], messageId: 'missing' });
  },
};
