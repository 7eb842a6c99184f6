// A repeating item's `recurrence` ("monthly", "2nd and 4th Monday of each month", "weekly, Friday",
// "quarterly (per IRO schedule)") as an RFC 5545 RRULE, with the first day it fires on. Only what the
// wording states exactly becomes a rule; "twice a month", "at least once a quarter" do not.
import { addDays, isoDate } from '../../dates/calendar.js';

export interface RepeatRule {
  /** The RRULE value without UNTIL: FREQ=MONTHLY;BYDAY=2MO,4MO */
  rule: string;
  /** The first occurrence on or after the span's start (DTSTART must be one). */
  first: string;
  /** Whether the wording fixes the day (a weekday or a day of the month); otherwise the calendar counts from the start. */
  dayStated: boolean;
}

const FREQUENCIES: Array<[RegExp, (m: RegExpExecArray) => { freq: string; interval: number }]> = [
  [/^daily$/u, () => ({ freq: 'DAILY', interval: 1 })],
  [/^weekly$/u, () => ({ freq: 'WEEKLY', interval: 1 })],
  [/^monthly$/u, () => ({ freq: 'MONTHLY', interval: 1 })],
  [/^quarterly$/u, () => ({ freq: 'MONTHLY', interval: 3 })],
  [/^yearly$/u, () => ({ freq: 'YEARLY', interval: 1 })],
  [/^twice a year(?: \(once per half-year\))?$/u, () => ({ freq: 'MONTHLY', interval: 6 })],
  [/^every ten days$/u, () => ({ freq: 'DAILY', interval: 10 })],
  [
    /^every (\d+) (day|week|month|quarter|year)s$/u,
    (m) => {
      const n = Number(m[1]);
      const unit = m[2]!;
      if (unit === 'quarter') return { freq: 'MONTHLY', interval: 3 * n };
      return { freq: `${unit === 'day' ? 'DAI' : unit.toUpperCase()}LY`, interval: n };
    },
  ],
];

const WEEKDAYS: Record<string, string> = {
  Monday: 'MO',
  Tuesday: 'TU',
  Wednesday: 'WE',
  Thursday: 'TH',
  Friday: 'FR',
  Saturday: 'SA',
  Sunday: 'SU',
};
const DAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** "Monday", "Monday and Wednesday", "Monday, Wednesday and Friday" -> ['MO', 'WE', 'FR'], or null. */
function weekdayList(text: string): string[] | null {
  const names = text.split(/, | and /u);
  const codes = names.map((n) => WEEKDAYS[n]);
  return codes.every((c): c is string => c !== undefined) ? codes : null;
}

/** "2nd and 4th Monday of each month" -> ['2MO', '4MO']; "last Friday of each month" -> ['-1FR']. */
function nthWeekdays(text: string): string[] | null {
  const m = /^(.+) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) of each month$/u.exec(text);
  if (!m) return null;
  const day = WEEKDAYS[m[2]!]!;
  const out: string[] = [];
  for (const nth of m[1]!.split(/, | and /u)) {
    if (nth === 'last') out.push(`-1${day}`);
    else {
      const n = /^([1-5])(?:st|nd|rd|th)$/u.exec(nth);
      if (!n) return null;
      out.push(`${n[1]}${day}`);
    }
  }
  return out;
}

export function repeatRule(recurrence: string | null, start: string, end: string): RepeatRule | null {
  if (!recurrence) return null;
  // the schedule named in brackets and a «from September» start are already in the periods
  const text = recurrence.replace(/\s*\([^()]*\)$/u, '').replace(/ from [A-Z][a-z]+$/u, '');
  const [head, ...rest] = text.split(', ');
  const detail = rest.join(', ');
  let freq: { freq: string; interval: number } | null = null;
  let by: string | null = null;
  let matches: (iso: string) => boolean = () => true;

  const nth = nthWeekdays(head!);
  if (nth && detail === '') {
    freq = { freq: 'MONTHLY', interval: 1 };
    by = `BYDAY=${nth.join(',')}`;
    matches = (iso) => nth.some((code) => isNthWeekday(iso, code));
  } else {
    for (const [re, make] of FREQUENCIES) {
      const m = re.exec(head!);
      if (m) {
        freq = make(m);
        break;
      }
    }
    if (!freq) return null;
    if (detail !== '') {
      const days = freq.freq === 'WEEKLY' ? weekdayList(detail) : null;
      const nthDays = freq.freq === 'MONTHLY' && freq.interval === 1 ? nthWeekdays(detail) : null;
      const monthDay = freq.freq === 'MONTHLY' ? /^(?:on|by) the (\d{1,2})(?:st|nd|rd|th)$/u.exec(detail) : null;
      if (days) {
        by = `BYDAY=${days.join(',')}`;
        matches = (iso) => days.includes(DAY_CODES[weekday(iso)]!);
      } else if (nthDays) {
        by = `BYDAY=${nthDays.join(',')}`;
        matches = (iso) => nthDays.some((code) => isNthWeekday(iso, code));
      } else if (monthDay) {
        const d = Number(monthDay[1]);
        by = `BYMONTHDAY=${d}`;
        matches = (iso) => isoDate(iso) === d;
      } else return null;
    }
  }
  let first = start;
  // a monthly day or weekday falls within two months of any start
  for (let i = 0; i < 62 && !matches(first); i++) first = addDays(first, 1);
  if (!matches(first) || first > end) return null;
  const parts = [`FREQ=${freq.freq}`];
  if (freq.interval > 1) parts.push(`INTERVAL=${freq.interval}`);
  if (by) parts.push(by);
  return { rule: parts.join(';'), first, dayStated: by !== null };
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** Whether a day is the «2MO» (second Monday) or «-1FR» (last Friday) of its month. */
function isNthWeekday(iso: string, code: string): boolean {
  const m = /^(-?\d)([A-Z]{2})$/u.exec(code)!;
  if (DAY_CODES[weekday(iso)] !== m[2]) return false;
  const n = Number(m[1]);
  if (n > 0) return Math.ceil(isoDate(iso) / 7) === n;
  return addDays(iso, 7).slice(0, 7) !== iso.slice(0, 7);
}
