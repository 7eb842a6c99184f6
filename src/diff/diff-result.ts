// The result of `roadmap diff`: what changed between two roadmap models. One source of truth for the
// JSON output (`--format json`) and for the text and markdown formatters, which only render it.
import { z } from 'zod';
import { Column, DocumentType, IsoDate, ItemLocation, Section, SourceFormat, Span, Timeframe } from '../model/index.js';

export const DIFF_VERSION = '1.0';

/** What `--only` can focus on. */
export const DIFF_ASPECTS = [
  'requisites',
  'roadmap',
  'sections',
  'added',
  'removed',
  'moved',
  'activity',
  'timeframe',
  'responsible',
  'result',
  'indicator',
  'info',
  'links',
  'extra',
  'report',
] as const;
export const DiffAspect = z.enum(DIFF_ASPECTS);
export type DiffAspect = z.infer<typeof DiffAspect>;

export const DiffSide = z
  .object({
    path: z.string().describe('the path as given'),
    from: z.enum(['document', 'json']).describe('a parsed document or a model JSON file'),
    format: SourceFormat.describe('the format of the source document'),
    type: DocumentType,
    date: IsoDate.nullable(),
    number: z.string().nullable(),
    title: z.string().nullable(),
  })
  .strict();
export type DiffSide = z.infer<typeof DiffSide>;

export const REQUISITE_FIELDS = ['type', 'issuer', 'date', 'number', 'place', 'title'] as const;
export const RequisiteChange = z
  .object({ field: z.enum(REQUISITE_FIELDS), a: z.string().nullable(), b: z.string().nullable() })
  .strict();
export type RequisiteChange = z.infer<typeof RequisiteChange>;

export const WordOp = z
  .object({ op: z.enum(['equal', 'delete', 'insert']), text: z.string().describe('with the whitespace before it') })
  .strict();
export type WordOp = z.infer<typeof WordOp>;

export const TEXT_FIELDS = ['activity', 'result', 'indicator', 'info', 'report'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const TextChange = z
  .object({
    field: z.enum(TEXT_FIELDS),
    a: z.string().nullable(),
    b: z.string().nullable(),
    words: z.array(WordOp).describe('a word-level diff of a into b'),
  })
  .strict();
export type TextChange = z.infer<typeof TextChange>;

export const DayShift = z
  .object({
    start: z.number().int().nullable().describe('days the earliest start moved (null when either side has an open start)'),
    end: z.number().int().describe('days the latest end moved'),
  })
  .strict();
export type DayShift = z.infer<typeof DayShift>;

export const TimeframeChange = z
  .object({
    field: z.literal('timeframe'),
    a: Timeframe,
    b: Timeframe,
    shift: DayShift.nullable().describe('null when either side has no dated period'),
  })
  .strict();
export type TimeframeChange = z.infer<typeof TimeframeChange>;

export const ListChange = z
  .object({
    field: z.enum(['responsible', 'links']),
    a: z.array(z.string()),
    b: z.array(z.string()),
    added: z.array(z.string()).describe('in b, not in a (compared normalized)'),
    removed: z.array(z.string()).describe('in a, not in b'),
  })
  .strict();
export type ListChange = z.infer<typeof ListChange>;

export const ExtraChange = z
  .object({ field: z.literal('extra'), key: z.string().describe('the column header'), a: z.string().nullable(), b: z.string().nullable() })
  .strict();
export type ExtraChange = z.infer<typeof ExtraChange>;

export const FieldChange = z.union([TextChange, TimeframeChange, ListChange, ExtraChange]);
export type FieldChange = z.infer<typeof FieldChange>;

export const ItemRef = z
  .object({
    index: z.number().int().nonnegative().describe('the position in roadmaps[].items, from 0'),
    number: z.string().nullable(),
    section: z.string().nullable(),
    activity: z.string().nullable(),
    at: ItemLocation.optional(),
  })
  .strict();
export type ItemRef = z.infer<typeof ItemRef>;

export const Move = z
  .object({
    reordered: z.boolean().describe('its place among the other matched items changed'),
    after: z
      .string()
      .nullable()
      .describe('reordered: the number of the item it now follows in b (null when it comes first or that item has no number)'),
    renumbered: z.boolean().describe('its number changed, beyond the shift that added or removed items cause'),
    section: z.boolean().describe('it is in another section'),
  })
  .strict();
export type Move = z.infer<typeof Move>;

export const ItemEntry = z.discriminatedUnion('change', [
  z.object({ change: z.literal('added'), b: ItemRef }).strict(),
  z.object({ change: z.literal('removed'), a: ItemRef }).strict(),
  z
    .object({
      change: z.literal('matched'),
      a: ItemRef,
      b: ItemRef,
      similarity: z.number().min(0).max(1).describe('of the activity wording, 1 when the same'),
      moved: Move.nullable(),
      fields: z.array(FieldChange),
    })
    .strict(),
]);
export type ItemEntry = z.infer<typeof ItemEntry>;
export type MatchedEntry = Extract<ItemEntry, { change: 'matched' }>;

export const SectionEntry = z.discriminatedUnion('change', [
  z.object({ change: z.literal('added'), b: Section }).strict(),
  z.object({ change: z.literal('removed'), a: Section }).strict(),
  z
    .object({
      change: z.literal('changed'),
      a: Section,
      b: Section,
      renamed: z.boolean(),
      renumbered: z.boolean(),
      reordered: z.boolean(),
    })
    .strict(),
]);
export type SectionEntry = z.infer<typeof SectionEntry>;

export const PlanGap = z
  .object({
    plan: ItemRef,
    report: ItemRef.nullable().describe('the matching row of the report; null when the report has none'),
    reason: z.enum(['absent', 'empty', 'not_done']),
    text: z.string().nullable().describe('what the report cell says (not_done)'),
  })
  .strict();
export type PlanGap = z.infer<typeof PlanGap>;

export const ReportCheck = z
  .object({
    reportSide: z.enum(['a', 'b']),
    column: z.string().nullable().describe('the header of the report column'),
    planned: z.number().int().nonnegative(),
    reported: z.number().int().nonnegative().describe('planned items with a report entry'),
    done: z.number().int().nonnegative().describe('of those, the entry says done'),
    gaps: z.array(PlanGap).describe('planned items with no report entry, or one saying not done'),
  })
  .strict();
export type ReportCheck = z.infer<typeof ReportCheck>;

export const Counts = z
  .object({
    itemsA: z.number().int().nonnegative(),
    itemsB: z.number().int().nonnegative(),
    matched: z.number().int().nonnegative(),
    unchanged: z.number().int().nonnegative().describe('matched, not moved, no field changed'),
    changed: z.number().int().nonnegative().describe('matched with a field changed'),
    moved: z.number().int().nonnegative(),
    added: z.number().int().nonnegative(),
    removed: z.number().int().nonnegative(),
  })
  .strict();
export type Counts = z.infer<typeof Counts>;

export const RoadmapRef = z.object({ index: z.number().int().nonnegative(), title: z.string().nullable() }).strict();

export const RoadmapDiff = z
  .object({
    a: RoadmapRef.nullable().describe('null: the roadmap is only in b'),
    b: RoadmapRef.nullable().describe('null: the roadmap is only in a'),
    title: z.object({ a: z.string().nullable(), b: z.string().nullable() }).strict().nullable(),
    period: z.object({ a: Span.nullable(), b: Span.nullable() }).strict().nullable(),
    columns: z
      .object({
        added: z.array(Column),
        removed: z.array(Column),
        renamed: z.array(z.object({ a: Column, b: Column }).strict()).describe('the same role under another header'),
      })
      .strict(),
    numbering: z
      .enum(['stable', 'unstable', 'none'])
      .describe('stable: a number names the same item on both sides; unstable: it does not, items were matched by wording; none: no numbers to judge by'),
    sections: z.array(SectionEntry),
    items: z.array(ItemEntry).describe('in the order of b, removed items where they stood; unchanged items left out'),
    report: ReportCheck.nullable().describe('plan vs report, when one side has a report column and the other none'),
    counts: Counts,
  })
  .strict();
export type RoadmapDiff = z.infer<typeof RoadmapDiff>;

export const DiffResult = z
  .object({
    diffVersion: z.literal(DIFF_VERSION),
    a: DiffSide,
    b: DiffSide,
    only: z.array(DiffAspect).nullable().describe('the aspects looked at (--only); null for all'),
    same: z.boolean().describe('no difference in the aspects looked at'),
    requisites: z.array(RequisiteChange),
    roadmaps: z.array(RoadmapDiff),
    counts: Counts.describe('over all roadmaps'),
  })
  .strict()
  .describe('What changed between two roadmap models (roadmap diff A B)');
export type DiffResult = z.infer<typeof DiffResult>;
