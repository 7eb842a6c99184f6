// English words for the `recurrence` wording: month and weekday names, ordinals, lists.

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function englishMonth(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** 1 = Monday … 7 = Sunday. */
export function englishWeekday(day: number): string {
  return WEEKDAYS[day] ?? '';
}

/** 1st, 2nd, 3rd, 4th, 11th, 21st … */
export function englishOrdinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

/** «Monday», «Monday and Wednesday», «Monday, Wednesday and Friday». */
export function joinEnglish(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
