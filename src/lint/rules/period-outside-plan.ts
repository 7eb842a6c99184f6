// period-outside-plan: a stated period reaches outside the plan's own period (a 2022 plan with
// «сентябрь 2022 – май 2023»). Envelopes the parser supplied for open phrases («в течение учебного
// года», «ежеквартально»: kinds ongoing and recurring) are left alone: a school year always crosses
// the edge of a calendar-year plan, and that is no mistake of the document.
import type { Rule } from '../rule.js';
import { items } from '../walk.js';

const CHECKED = new Set(['date', 'range', 'multi', 'deadline', 'per_schedule']);

export const periodOutsidePlan: Rule = {
  meta: {
    id: 'period-outside-plan',
    category: 'dates',
    severity: 'warning',
    description: "A stated period of an item starts before or ends after the plan's period (the roadmap's, else the configured plan year).",
    messages: { outside: "{spans} reaches outside the plan's period {planStart} – {planEnd}" },
  },
  check(model, context) {
    for (const { item, roadmap, path } of items(model)) {
      if (!CHECKED.has(item.timeframe.kind)) continue;
      const plan = context.planPeriod(roadmap);
      if (!plan) continue;
      const outside = item.timeframe.periods.filter((p) => (p.start ?? p.end) < plan.start || p.end > plan.end);
      if (outside.length === 0) continue;
      const spans = outside.map((p) => (p.start === null ? `by ${p.end}` : p.start === p.end ? p.start : `${p.start} – ${p.end}`)).join(', ');
      context.report({ path: [...path, 'timeframe'], messageId: 'outside', data: { spans, planStart: plan.start, planEnd: plan.end } });
    }
  },
};
