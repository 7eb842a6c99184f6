// The report of one or several roadmap models: what `roadmap report --format json` prints and what
// every other format is written from. Built by build-report.ts; formatters only read it.
import type { ItemLocation, RoadmapModel, Timeframe, TimeframeKind } from '../model/index.js';
import type { ItemStatus } from '../item-status/item-status.js';

export const REPORT_VERSION = 1;

export interface ReportOptions {
  /** The day the status is judged on (YYYY-MM-DD); without it the report has no status. */
  asOf?: string | null;
  /** How far ahead «due soon» looks, in days (30). */
  dueWithinDays?: number;
}

/** A model to report on and the short name it goes by in a combined report. */
export interface ReportInput {
  label: string;
  model: RoadmapModel;
}

export interface ReportSource {
  /** The short name used in the source column (the file name, or the path when names repeat). */
  label: string;
  /** `source.file` of the model: the document it was read from. */
  file: string;
  document: {
    type: string;
    typeLabel: string | null;
    number: string | null;
    date: string | null;
    issuer: string | null;
    place: string | null;
    title: string | null;
  };
  roadmaps: Array<{ title: string | null; period: { start: string; end: string } | null; items: number; reportColumn: boolean }>;
  items: number;
}

export interface ReportItem {
  source: string;
  /** Index of the roadmap in its source (0-based). */
  roadmap: number;
  section: string | null;
  sectionTitle: string | null;
  number: string | null;
  activity: string | null;
  timeframe: Timeframe;
  /** Earliest start to latest end of the periods (start null for a deadline); null when undated. */
  span: { start: string | null; end: string } | null;
  responsible: string[];
  /** The party keys of `responsible` (see `parties`), each once. */
  parties: string[];
  result: string | null;
  indicator: string | null;
  report: string | null;
  links: string[];
  at: ItemLocation | null;
  /** With an as-of day only. */
  status?: ItemStatus;
  /** With an as-of day only: not done and a period ends within `dueWithinDays` of it. */
  dueSoon?: boolean;
}

export interface SectionCount {
  source: string;
  roadmap: number;
  /** As items hold it: the section's number, or its title when unnumbered; null for items outside sections. */
  section: string | null;
  number: string | null;
  title: string | null;
  items: number;
  status?: Partial<Record<ItemStatus, number>> & { dueSoon: number };
}

export interface KindCount {
  kind: TimeframeKind;
  items: number;
  /** The first item's timeframe text, to show what the kind looks like in this plan. */
  example: string | null;
  bySource: Record<string, number>;
}

export interface PartyGroup {
  /** The normalized name the spellings share. */
  key: string;
  /** How the group is shown: the commonest spelling, or «full name (short name)» when the document defines one. */
  label: string;
  items: number;
  /** Every spelling as written, with the number of items naming the party so. */
  names: Array<{ name: string; items: number }>;
  bySource: Record<string, number>;
}

export interface StatusSummary {
  asOf: string;
  dueWithinDays: number;
  /** The last day «due soon» covers. */
  dueBy: string;
  counts: Record<ItemStatus, number>;
  dueSoon: number;
  bySource: Record<string, Record<ItemStatus, number> & { dueSoon: number }>;
  /** Whether some roadmap has a report column; without one «overdue» only says the date has passed. */
  reportColumn: boolean;
}

export interface MonthLoad {
  /** YYYY-MM */
  month: string;
  /** Items with some period covering a day of the month (a deadline counts in its month only). */
  active: number;
  /** Items with a period starting in the month. */
  starting: number;
  /** Items with a period ending in the month (a date, a deadline, the end of a span). */
  ending: number;
  bySource: Record<string, number>;
}

export interface Timeline {
  /** The plan's months: the union of the roadmaps' periods, whole months. */
  start: string;
  end: string;
  months: MonthLoad[];
  /** Dated items with no day inside the window (e.g. preparatory steps in the December before). */
  outside: number;
}

export interface Report {
  reportVersion: typeof REPORT_VERSION;
  asOf: string | null;
  sources: ReportSource[];
  summary: {
    items: number;
    sections: SectionCount[];
    kinds: KindCount[];
    parties: PartyGroup[];
    status: StatusSummary | null;
  };
  timeline: Timeline | null;
  items: ReportItem[];
}
