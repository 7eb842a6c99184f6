// One positioned page (words with their boxes, ruling lines, page size) -> its text lines outside
// tables and its table fragments. Both kinds of page come here: a PDF's text layer read by pdf.js and
// a scanned page read by OCR, so a table is found the same way whatever its source.
import type { ReaderNote } from '../../document/model.js';
import { groupLines, type VisualLine } from './lines.js';
import type { Rulings } from './rulings.js';
import { assignRuns } from './table-cells.js';
import { toFragment, type TableFragment } from './table-fragment.js';
import { findGrids } from './table-grid.js';
import { findTextTables } from './text-columns.js';
import type { TextRun } from './text-runs.js';

/** A page as a reader hands it over, in page space (top-left origin, y down, points). */
export interface PositionedPage {
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Rulings;
}

export interface PageContent {
  number: number;
  width: number;
  height: number;
  lines: VisualLine[];
  tables: TableFragment[];
  /** Characters of text on the page. */
  chars: number;
}

export function layoutPage(page: PositionedPage, notes: ReaderNote[]): PageContent {
  const { number, runs } = page;
  const { grids, skipped } = findGrids(page.rulings);
  if (page.rulings.truncated || skipped) {
    notes.push({
      code: 'too-many-lines',
      severity: 'warning',
      message: `page ${number} draws too many lines to look for tables in; its text is read as paragraphs`,
      pos: { page: number },
    });
  }
  const assigned = assignRuns(runs, grids);
  const nested = grids.reduce((n, g) => n + g.nested.length, 0);
  if (nested > 0) {
    notes.push({
      code: 'nested-table-flattened',
      severity: 'info',
      message: `page ${number}: ${nested} table(s) drawn inside table cells were read into those cells' lines`,
      pos: { page: number },
    });
  }
  // what no ruled table holds may still be a table set in columns without lines
  const unruled = findTextTables(groupLines(assigned.rest, true));
  const tables = [...assigned.tables, ...unruled.tables]
    .map((t) => toFragment(t, number))
    .filter((f) => f.rows.length > 0)
    .sort((a, b) => a.top - b.top);
  let chars = 0;
  for (const r of runs) chars += r.text.length;
  return { number, width: page.width, height: page.height, lines: unruled.rest, tables, chars };
}
