// The parsers and refiners in the order they run (chrono-node's Configuration): the one place to add a form.
import type { Parser } from './parser.js';
import { clockTime } from './parsers/clock-time.js';
import { dayList } from './parsers/day-list.js';
import { dayMonth } from './parsers/day-month.js';
import { dayOfMonth } from './parsers/day-of-month.js';
import { dayRange, numericDayRange } from './parsers/day-range.js';
import { endOfCurrent } from './parsers/end-of-current.js';
import { everyPeriod, frequencyAdverb } from './parsers/frequency.js';
import { halfYear } from './parsers/half-year.js';
import { isoDate } from './parsers/iso-date.js';
import { blank, ongoing, onRequest, thenOn, vague } from './parsers/kind-words.js';
import { month } from './parsers/month.js';
import { monthPart } from './parsers/month-part.js';
import { numericDate } from './parsers/numeric-date.js';
import { quarterParser } from './parsers/quarter.js';
import { termOf, withinTerm } from './parsers/relative-deadline.js';
import { perSchedule, setTerms, workPlan } from './parsers/schedule.js';
import { schoolYear } from './parsers/school-year.js';
import { timesPer } from './parsers/times-per.js';
import { everyWeekday, nthWeekday, onWeekdays } from './parsers/weekday-rules.js';
import { year } from './parsers/year.js';
import { yearPart } from './parsers/year-part.js';
import type { Refiner } from './refiner.js';
import { attachYears } from './refiners/attach-year.js';
import { markers } from './refiners/markers.js';
import { mergeRanges } from './refiners/merge-range.js';
import { typoMonths } from './refiners/typo-month.js';
import { resolveYears } from './refiners/year-resolution.js';

/** On a tie (same start, same length) the parser listed first wins. */
export const PARSERS: readonly Parser[] = [
  // clock times first, so that «в 14.30» is not 14 March
  clockTime,
  isoDate,
  numericDayRange,
  numericDate,
  dayList,
  dayRange,
  dayMonth,
  monthPart,
  yearPart,
  month,
  quarterParser,
  halfYear,
  schoolYear,
  year,
  withinTerm,
  termOf,
  endOfCurrent,
  frequencyAdverb,
  everyPeriod,
  timesPer,
  onWeekdays,
  everyWeekday,
  nthWeekday,
  dayOfMonth,
  // kind-setting words; cut short where a date begins
  perSchedule,
  workPlan,
  setTerms,
  onRequest,
  ongoing,
  vague,
  blank,
  thenOn,
];

export const REFINERS: readonly Refiner[] = [typoMonths, attachYears, mergeRanges, markers, resolveYears];
