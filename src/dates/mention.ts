// What a parser found in a phrase: a stretch of the text and what it states (chrono-node's ParsingResult).
import type { Unit } from './unit.js';

interface Stretch {
  /** Offsets into the prepared text (see parse-text.ts). */
  index: number;
  end: number;
  parser: string;
}

/** A stated time: one unit, or a range from `first` to `last`. */
export interface WhenMention extends Stretch {
  type: 'when';
  first: Unit;
  last: Unit;
  /** Written as a range («A – B», «с A по B», «I-II кварталы»), not as one unit. */
  isRange: boolean;
  /** period: the time itself; deadline: «до …» — by its last day; anchor: «по итогам …» — an event, not the timeframe. */
  role: 'period' | 'deadline' | 'anchor';
  /** «с X» with no end: runs to the end of the plan period. */
  open: boolean;
  /** «X, далее – ежемесячно»: the repetition starts at X. */
  then: boolean;
}

/** «в течение 10 дней со дня подписания приказа», «в 2-недельный срок». */
export interface RelativeMention extends Stretch {
  type: 'relative';
  amount: number;
  unit: 'day' | 'week' | 'month';
  /** act: counted from the act (its date is known); event: from an undated event («после проведения …»). */
  anchor: 'act' | 'event';
  workingDays: boolean;
}

/** A rule of repetition, in English: «ежемесячно» → frequency "monthly"; «по пятницам» → "weekly" + "Friday". */
export interface RuleMention extends Stretch {
  type: 'rule';
  frequency: string | null;
  /** A frequency the rule only implies («до 5 числа» → monthly); a stated one wins. */
  impliedFrequency: string | null;
  detail: string | null;
}

/** «по графику ИРО», «согласно дорожной карте …»; worded in English only when needed (schedule-wording.ts). */
export interface ScheduleMention extends Stretch {
  type: 'schedule';
}

/** «до конца месяца / квартала / полугодия» with no period named: the act's current one, or every one. */
export interface GenericEndMention extends Stretch {
  type: 'generic-end';
  months: 1 | 3 | 6;
  every: boolean;
  /** «в конце …» (at the end) rather than «до конца …» (by the end). */
  at: boolean;
}

/** Words that set the kind but carry no date. */
export interface FlagMention extends Stretch {
  type:
    | 'request' // «по запросу», «по мере необходимости»
    | 'ongoing' // «в течение», «постоянно», «в ходе реализации проекта»
    | 'vague' // «в кратчайшие сроки», «по итогам …»
    | 'blank' // «срок не установлен», «-»
    | 'then' // «далее», «затем»
    | 'time' // a clock time, read and ignored
    | 'invalid'; // a date-shaped string that is no day («31.02.2022»)
}

export type Mention = WhenMention | RelativeMention | RuleMention | ScheduleMention | GenericEndMention | FlagMention;

export function when(index: number, end: number, parser: string, first: Unit, last: Unit = first): WhenMention {
  return { type: 'when', index, end, parser, first, last, isRange: first !== last, role: 'period', open: false, then: false };
}

export function flag(type: FlagMention['type'], index: number, end: number, parser: string): FlagMention {
  return { type, index, end, parser };
}
