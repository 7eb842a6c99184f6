// The roadmap model: the JSON contract of `roadmap parse` (see MODEL.md). One source of truth;
// TypeScript types and schemas/roadmap.schema.json are derived from these schemas.
import { z } from 'zod';
import { Diagnostic } from './diagnostic.js';
import { IsoDate, Timeframe } from './timeframe.js';

export const SCHEMA_VERSION = '1.0';

export const SourceFormat = z.enum(['docx', 'pdf', 'txt', 'html']);
export type SourceFormat = z.infer<typeof SourceFormat>;

export const Source = z
  .object({
    file: z.string().describe('the path as given'),
    format: SourceFormat,
    sha256: z.string().nullable(),
    encoding: z.string().nullable().describe('txt only'),
    pages: z.number().int().nonnegative().nullable().describe('pdf only'),
  })
  .strict();
export type Source = z.infer<typeof Source>;

export const DOCUMENT_TYPES = ['order', 'directive', 'resolution', 'decision', 'report', 'plan', 'unknown'] as const;
export const DocumentType = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof DocumentType>;

export const ACT_TYPES = [
  'order',
  'directive',
  'resolution',
  'decision',
  'letter',
  'law',
  'decree',
  'protocol',
  'plan',
  'other',
] as const;
export const ActType = z.enum(ACT_TYPES);
export type ActType = z.infer<typeof ActType>;

export const BasisAct = z
  .object({
    type: ActType,
    issuer: z.string().nullable(),
    date: IsoDate.nullable(),
    number: z.string().nullable(),
    title: z.string().nullable(),
  })
  .strict();
export type BasisAct = z.infer<typeof BasisAct>;

export const Clause = z.object({ number: z.string().nullable(), text: z.string() }).strict();
export type Clause = z.infer<typeof Clause>;

export const SignatoryRole = z.enum(['signed', 'approved', 'acknowledged']);
export const Signatory = z
  .object({ role: SignatoryRole, position: z.string().nullable(), name: z.string().nullable() })
  .strict();
export type Signatory = z.infer<typeof Signatory>;

export const Appendix = z
  .object({
    label: z.string(),
    refDate: IsoDate.nullable(),
    refNumber: z.string().nullable(),
    title: z.string().nullable(),
  })
  .strict();
export type Appendix = z.infer<typeof Appendix>;

export const DocumentInfo = z
  .object({
    type: DocumentType,
    typeLabel: z.string().nullable(),
    issuer: z.string().nullable(),
    date: IsoDate.nullable(),
    number: z.string().nullable(),
    place: z.string().nullable(),
    title: z.string().nullable(),
    basis: z.array(BasisAct),
    clauses: z.array(Clause),
    signatories: z.array(Signatory),
    appendices: z.array(Appendix),
  })
  .strict();
export type DocumentInfo = z.infer<typeof DocumentInfo>;

export const COLUMN_ROLES = [
  'number',
  'activity',
  'timeframe',
  'responsible',
  'result',
  'indicator',
  'info',
  'report',
  'other',
] as const;
export const ColumnRole = z.enum(COLUMN_ROLES);
export type ColumnRole = z.infer<typeof ColumnRole>;

export const Column = z.object({ header: z.string(), role: ColumnRole }).strict();
export type Column = z.infer<typeof Column>;

export const Section = z.object({ number: z.string().nullable(), title: z.string() }).strict();
export type Section = z.infer<typeof Section>;

export const ItemLocation = z
  .object({
    table: z.number().int().positive(),
    row: z.number().int().positive(),
    page: z.number().int().positive().nullable().optional(),
    line: z.number().int().positive().nullable().optional(),
  })
  .strict();
export type ItemLocation = z.infer<typeof ItemLocation>;

export const Item = z
  .object({
    number: z.string().nullable(),
    section: z.string().nullable(),
    activity: z.string().nullable(),
    timeframe: Timeframe,
    responsible: z.array(z.string()),
    result: z.string().nullable(),
    indicator: z.string().nullable(),
    info: z.string().nullable(),
    report: z.string().nullable(),
    links: z.array(z.string()),
    extra: z.record(z.string(), z.string()),
    at: ItemLocation.optional(),
  })
  .strict();
export type Item = z.infer<typeof Item>;

export const Span = z.object({ start: IsoDate, end: IsoDate }).strict();
export type Span = z.infer<typeof Span>;

export const Roadmap = z
  .object({
    title: z.string().nullable(),
    period: Span.nullable(),
    columns: z.array(Column),
    sections: z.array(Section),
    items: z.array(Item),
  })
  .strict();
export type Roadmap = z.infer<typeof Roadmap>;

export const Member = z.object({ name: z.string(), position: z.string().nullable() }).strict();
export const Group = z.object({ title: z.string().nullable(), members: z.array(Member) }).strict();
export type Group = z.infer<typeof Group>;

export const RoadmapModel = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    source: Source,
    document: DocumentInfo,
    roadmaps: z.array(Roadmap),
    groups: z.array(Group),
    diagnostics: z.array(Diagnostic),
  })
  .strict()
  .describe('The roadmap model of one document: see MODEL.md');
export type RoadmapModel = z.infer<typeof RoadmapModel>;
