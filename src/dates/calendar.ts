// Calendar arithmetic on ISO days: month lengths, building, comparing and shifting YYYY-MM-DD strings.

/** The years read as dates (docs/MODEL.md): outside them a number is a typo or a forgery, not a plan's year. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export function isYearInRange(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The ISO day of year-month-day; `day` 0 means the month's last day. */
export function isoDay(year: number, month: number, day: number): string {
  const d = day === 0 ? daysInMonth(year, month) : day;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(d)}`;
}

export function isoYear(iso: string): number {
  // four digits but for a year past 9999, which classify must still see to set it aside
  return iso.charCodeAt(4) === 45 ? Number(iso.slice(0, 4)) : Number(iso.slice(0, iso.indexOf('-')));
}

export function isoMonth(iso: string): number {
  return Number(iso.slice(5, 7));
}

export function isoDate(iso: string): number {
  return Number(iso.slice(8, 10));
}

/** Calendar days added to an ISO day (negative to go back). */
export function addDays(iso: string, days: number): string {
  const t = Date.UTC(isoYear(iso), isoMonth(iso) - 1, isoDate(iso)) + days * 86_400_000;
  const d = new Date(t);
  return isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Whole months added to an ISO day, the day clamped to the target month's length (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const total = isoYear(iso) * 12 + (isoMonth(iso) - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return isoDay(year, month, Math.min(isoDate(iso), daysInMonth(year, month)));
}

/** Whether an ISO string names a real day. */
export function isIsoDay(s: string | null | undefined): s is string {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  return isValidDay(isoYear(s), isoMonth(s), isoDate(s));
}
