// Items as the readable formats show them: grouped by source and section in document order,
// numbered, their parties listed.
import type { Report, ReportItem, SectionCount } from './report-model.js';

export interface ItemGroup {
  source: string;
  section: SectionCount;
  items: ReportItem[];
}

export function groupItems(report: Report): ItemGroup[] {
  const groups: ItemGroup[] = report.summary.sections.map((section) => ({ source: section.source, section, items: [] }));
  const find = (item: ReportItem) =>
    groups.find((g) => g.source === item.source && g.section.roadmap === item.roadmap && g.section.section === item.section);
  for (const item of report.items) find(item)?.items.push(item);
  return groups.filter((g) => g.items.length > 0);
}

/** «2.4», or the row in the source when the item has no number. */
export function itemNumber(item: ReportItem): string {
  if (item.number) return item.number;
  return item.at ? `строка ${item.at.row}` : '—';
}

export function isCombined(report: Report): boolean {
  return report.sources.length > 1;
}

/** The responsible parties as a reader wants them listed: a name the cell repeats («МОУО, МОУО») once. */
export function responsibleList(item: ReportItem, separator = ', '): string {
  return [...new Set(item.responsible)].join(separator);
}
