// A plan against its report (a table with a column such as «Отчетная информация» or «Отметка о
// выполнении»): which planned items have no report entry, and which the report says were not done.
import type { Roadmap } from '../model/index.js';
import { reportedDone } from '../item-status/item-status.js';
import type { ItemRef, PlanGap, ReportCheck } from './diff-result.js';

/** Whether a roadmap carries a report: a report column, or report cells. */
export function hasReport(roadmap: Roadmap): boolean {
  return roadmap.columns.some((c) => c.role === 'report') || roadmap.items.some((i) => i.report != null && i.report.trim() !== '');
}

/**
 * Check the plan's items against the report's. `partner` gives the report item matched to each plan
 * item (by index), absent when the report has no such row.
 */
export function reportCheck(
  plan: Roadmap,
  report: Roadmap,
  partner: ReadonlyMap<number, number>,
  reportSide: 'a' | 'b',
  ref: (side: 'a' | 'b', index: number) => ItemRef,
): ReportCheck {
  const planSide = reportSide === 'a' ? 'b' : 'a';
  const gaps: PlanGap[] = [];
  let reported = 0;
  let done = 0;
  plan.items.forEach((_, i) => {
    const r = partner.get(i);
    const planRef = ref(planSide, i);
    if (r === undefined) {
      gaps.push({ plan: planRef, report: null, reason: 'absent', text: null });
      return;
    }
    const text = report.items[r]!.report;
    if (text == null || text.trim() === '') {
      gaps.push({ plan: planRef, report: ref(reportSide, r), reason: 'empty', text: null });
      return;
    }
    reported++;
    const said = reportedDone(text);
    if (said === true) done++;
    else if (said === false) gaps.push({ plan: planRef, report: ref(reportSide, r), reason: 'not_done', text });
  });
  return {
    reportSide,
    column: report.columns.find((c) => c.role === 'report')?.header ?? null,
    planned: plan.items.length,
    reported,
    done,
    gaps,
  };
}
