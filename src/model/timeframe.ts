// The timeframe of a roadmap item: the cell's text and what it means as periods of days.
import { z } from 'zod';

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDate>;

export const TIMEFRAME_KINDS = [
  'date',
  'range',
  'multi',
  'deadline',
  'recurring',
  'ongoing',
  'on_request',
  'per_schedule',
  'none',
] as const;
export const TimeframeKind = z.enum(TIMEFRAME_KINDS);
export type TimeframeKind = z.infer<typeof TimeframeKind>;

export const Precision = z.enum(['day', 'month', 'quarter', 'half', 'year']);
export type Precision = z.infer<typeof Precision>;

export const Period = z
  .object({
    start: IsoDate.nullable().describe('first day, inclusive; null for a deadline'),
    end: IsoDate.describe('last day, inclusive'),
    precision: Precision,
  })
  .strict();
export type Period = z.infer<typeof Period>;

export const Timeframe = z
  .object({
    text: z.string().nullable().describe('the cell as written, whitespace collapsed; null when the row has no timeframe cell'),
    kind: TimeframeKind,
    periods: z.array(Period),
    recurrence: z.string().nullable().describe('how it repeats, in plain English, e.g. "monthly"'),
  })
  .strict();
export type Timeframe = z.infer<typeof Timeframe>;
