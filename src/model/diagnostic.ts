// A finding about a document: what a careful reader (or a lint rule) noticed, and where.
import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Location = z
  .object({
    line: z.number().int().positive().optional(),
    page: z.number().int().positive().optional(),
    table: z.number().int().positive().optional(),
    row: z.number().int().positive().optional(),
    item: z.string().optional().describe('the item number as written'),
    path: z.string().optional().describe('a JSON path into the model, e.g. roadmaps[0].items[3].timeframe'),
  })
  .strict();
export type Location = z.infer<typeof Location>;

export const Diagnostic = z
  .object({
    code: z.string(),
    severity: Severity,
    message: z.string(),
    at: Location,
  })
  .strict();
export type Diagnostic = z.infer<typeof Diagnostic>;
