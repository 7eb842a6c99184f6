// section-order: numbered sections out of order, repeated or skipped («1, 2, 4»).
import { compareParts, missingBetween, sectionParts } from '../../normalize/item-number.js';
import type { Rule } from '../rule.js';

export const sectionOrder: Rule = {
  meta: {
    id: 'section-order',
    category: 'numbering',
    severity: 'warning',
    description: 'Numbered sections run backwards, repeat, or skip a number.',
    messages: {
      backwards: 'section {number} comes after section {prev}',
      repeated: 'section {number} appears twice',
      skipped: 'section {number} follows section {prev}: {missing} missing',
    },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      let prev: { number: string; parts: number[] } | null = null;
      roadmap.sections.forEach((section, s) => {
        const parts = section.number === null ? null : sectionParts(section.number);
        if (!parts || section.number === null) return;
        if (prev) {
          const path = ['roadmaps', r, 'sections', s, 'number'];
          const data = { number: section.number, prev: prev.number };
          const order = compareParts(parts, prev.parts);
          if (order < 0) context.report({ path, messageId: 'backwards', data });
          else if (order === 0) context.report({ path, messageId: 'repeated', data });
          else {
            const missing = missingBetween(prev.parts, parts);
            if (missing && missing.length > 0) context.report({ path, messageId: 'skipped', data: { ...data, missing: missing.length === 1 ? `${missing[0]} is` : `${missing.join(', ')} are`, numbers: missing.join(', ') } });
          }
        }
        prev = { number: section.number, parts };
      });
    });
  },
};
