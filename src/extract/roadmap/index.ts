// Roadmap tables of a document: which tables are roadmaps, their titles, and their items.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Roadmap } from '../../model/roadmap.js';
import { headingBefore } from '../headings.js';
import type { DocumentFlow } from '../document-flow.js';
import { extractItems } from './roadmap-table.js';
import { isRoadmapHeader, readHeader, type TableHeader } from './table-header.js';
import { gridRows } from './work-row.js';

export interface RoadmapsContext {
  docDate: string | null;
  diagnostics: Diagnostic[];
  /** The first line of the document flow that the heading of a table at line `at` may start on. */
  headingReach: (at: number) => number;
}

export function extractRoadmaps(flow: DocumentFlow, ctx: RoadmapsContext): Roadmap[] {
  const out: Roadmap[] = [];
  let last: { header: TableHeader; roadmap: Roadmap; at: number; columns: number } | null = null;
  for (const placed of flow.tables) {
    const rows = gridRows(placed.table);
    let header = readHeader(rows);
    // a table right after a roadmap with its columns and no heading in between continues it
    if (last && placed.at === last.at && placed.table.columns === last.columns && (!header || !isRoadmapHeader(header))) {
      const cont: TableHeader = { ...last.header, bodyStart: 0 };
      const res = extractItems(rows, { header: cont, table: placed.index, title: last.roadmap.title, docDate: ctx.docDate, diagnostics: ctx.diagnostics });
      for (const item of res.items) item.at = { ...item.at!, table: placed.index };
      last.roadmap.items.push(...res.items);
      last.roadmap.sections.push(...res.sections);
      continue;
    }
    if (!header || !isRoadmapHeader(header)) continue;
    for (const d of header.decided ?? []) {
      const name = header.columns[d.column]!.header;
      ctx.diagnostics.push({
        code: 'column-role-from-content',
        severity: 'info',
        message: `column ${d.column + 1}${name ? ` «${name}»` : ''}: the header names no role; ${d.why}, so it is read as ${d.role}`,
        at: { table: placed.index },
      });
    }
    const title = headingBefore(flow.lines, placed.at, ctx.headingReach(placed.at)).text;
    const res = extractItems(rows, { header, table: placed.index, title, docDate: ctx.docDate, diagnostics: ctx.diagnostics });
    for (const item of res.items) item.at = { ...item.at!, table: placed.index };
    const roadmap: Roadmap = { title, period: res.period, columns: header.columns, sections: res.sections, items: res.items };
    out.push(roadmap);
    last = { header, roadmap, at: placed.at, columns: placed.table.columns };
  }
  return out;
}
