// The `recurrence` text of a repeating timeframe, in plain English: "monthly", "weekly, Friday",
// "2nd and 4th Monday of each month", "monthly, by the 20th", "yearly, by 1 October", "quarterly (per IRO schedule)".
import type { Period } from '../model/timeframe.js';
import { isoDate, isoMonth } from './calendar.js';
import { englishMonth, joinEnglish } from './english.js';
import type { RuleMention } from './mention.js';

export function recurrenceWording(
  rules: readonly RuleMention[],
  schedule: string | null,
  thenFrom: number | null,
  periods: readonly Period[],
): string {
  const parts: string[] = [];
  const stated = rules.find((r) => r.frequency)?.frequency ?? null;
  const details: string[] = [];
  for (const r of rules) if (r.detail && !details.includes(r.detail)) details.push(r.detail);
  if (stated) parts.push(stated);
  else {
    const implied = rules.find((r) => r.impliedFrequency)?.impliedFrequency ?? null;
    // «2-й и 4-й понедельник» says "of each month" itself
    if (implied && !details.some((d) => d.endsWith('of each month'))) parts.push(implied);
  }
  parts.push(...details);
  let out = parts.join(', ');
  // «ежегодно в мае»: the named months are the occurrences
  if (stated === 'yearly' && periods.length > 0 && periods.every(isOneMonth)) {
    out += `, in ${joinEnglish(periods.map((p) => englishMonth(isoMonth(p.end))))}`;
  }
  const only = periods.length === 1 ? periods[0]! : null;
  if (only && only.start === null) out += `, by ${isoDate(only.end)} ${englishMonth(isoMonth(only.end))}`;
  if (thenFrom !== null) out += ` from ${englishMonth(thenFrom)}`;
  if (schedule) out += ` (${schedule})`;
  return out;
}

function isOneMonth(p: Period): boolean {
  return p.precision === 'month' && p.start !== null && p.start.slice(0, 7) === p.end.slice(0, 7);
}
