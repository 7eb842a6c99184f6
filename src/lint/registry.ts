// The rules of `roadmap validate`, one explicit list sorted by id (a test keeps it sorted and in step
// with the files in rules/).
import type { Rule } from './rule.js';
import { activityDuplicate } from './rules/activity-duplicate.js';
import { activityMissing } from './rules/activity-missing.js';
import { appendixDateMismatch } from './rules/appendix-date-mismatch.js';
import { appendixNumberMismatch } from './rules/appendix-number-mismatch.js';
import { deadlineBeforeAct } from './rules/deadline-before-act.js';
import { documentDateMissing } from './rules/document-date-missing.js';
import { documentIssuerMissing } from './rules/document-issuer-missing.js';
import { documentNumberMissing } from './rules/document-number-missing.js';
import { documentTitleMissing } from './rules/document-title-missing.js';
import { itemNumberDuplicate } from './rules/item-number-duplicate.js';
import { itemNumberGap } from './rules/item-number-gap.js';
import { itemNumberOrder } from './rules/item-number-order.js';
import { itemOverdue } from './rules/item-overdue.js';
import { linkHostMismatch } from './rules/link-host-mismatch.js';
import { linkMalformed } from './rules/link-malformed.js';
import { periodOutsidePlan } from './rules/period-outside-plan.js';
import { responsibleMissing } from './rules/responsible-missing.js';
import { responsibleRepeated } from './rules/responsible-repeated.js';
import { resultCopied } from './rules/result-copied.js';
import { resultMissing } from './rules/result-missing.js';
import { sectionOrder } from './rules/section-order.js';
import { timeframeBackwards } from './rules/timeframe-backwards.js';
import { timeframeMissing } from './rules/timeframe-missing.js';
import { timeframeUnreadable } from './rules/timeframe-unreadable.js';

export const RULES: readonly Rule[] = [
  activityDuplicate,
  activityMissing,
  appendixDateMismatch,
  appendixNumberMismatch,
  deadlineBeforeAct,
  documentDateMissing,
  documentIssuerMissing,
  documentNumberMissing,
  documentTitleMissing,
  itemNumberDuplicate,
  itemNumberGap,
  itemNumberOrder,
  itemOverdue,
  linkHostMismatch,
  linkMalformed,
  periodOutsidePlan,
  responsibleMissing,
  responsibleRepeated,
  resultCopied,
  resultMissing,
  sectionOrder,
  timeframeBackwards,
  timeframeMissing,
  timeframeUnreadable,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
