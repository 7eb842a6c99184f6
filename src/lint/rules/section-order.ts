// section-order: numbered sections out of order, repeated or skipped («1, 2, 4»).
import { compareParts, missingBetween } from '../numbering.js';
import type { Rule } from '../rule.js';

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** «2», «2.1», «IV» -> [2], [2, 1], [4]; anything else -> null. */
function sectionParts(number: string): number[] | null {
  const n = number.trim().replace(/\.$/u, '');
  if (/^\d{1,3}(?:\.\d{1,3})*$/u.test(n)) return n.split('.').map(Number);
  // Cyrillic І and Х stand in for Latin I and X in some documents
  const latin = n.replace(/І/gu, 'I').replace(/Х/gu, 'X');
  if (!/^[IVXLC]{1,8}$/u.test(latin)) return null;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = ROMAN[latin[i]!]!;
    const next = ROMAN[latin[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return [total];
}

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
            if (missing && missing.length > 0) context.report({ path, messageId: 'skipped', data: { ...data, missing: missing.length === 1 ? `${missing[0]} is` : `${missing.join(', ')} are` } });
          }
        }
        prev = { number: section.number, parts };
      });
    });
  },
};
