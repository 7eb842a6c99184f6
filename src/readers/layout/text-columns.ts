// Tables drawn without ruling lines: a stretch of at least three lines split by wide gaps into pieces
// is a table when the pieces line up in three or more columns — x-ranges no text crosses. A line whose
// first column has text starts a row; a line without it continues the row above (a wrapped cell). A
// line running across the columns is a row of one cell spanning them all (a section heading).
import type { VisualLine } from './lines.js';
import type { FilledGrid } from './table-cells.js';
import type { Grid } from './table-grid.js';
import type { TextRun } from './text-runs.js';

/** A gap this many ems wide separates two cells on a line. */
const CELL_GAP_EM = 1.5;
/** A column gap no line crosses must be at least this many ems wide. */
const COLUMN_GAP_EM = 0.8;
/** Lines of one table are at most this many ems apart (baseline to baseline). */
const ROW_PITCH_EM = 3;
/** At least this many lines must show the columns. */
const MIN_SPLIT_LINES = 3;
/**
 * Two columns are not enough: lines of «position⇥name» (a list of signatories) look exactly like a
 * two-column table without lines, and a .docx writes them as paragraphs with tabs.
 */
const MIN_COLUMNS = 3;
/** A stretch is looked at up to this many lines (no page holds more rows), so a failed look costs little. */
const MAX_STRETCH = 400;

export interface TextTables {
  tables: FilledGrid[];
  /** Lines that are not in any of them. */
  rest: VisualLine[];
}

function pieces(line: VisualLine): number {
  let n = 1;
  for (let i = 1; i < line.runs.length; i++) {
    if (line.runs[i]!.x0 - line.runs[i - 1]!.x1 >= CELL_GAP_EM * line.size) n++;
  }
  return n;
}

export function findTextTables(lines: readonly VisualLine[]): TextTables {
  const tables: FilledGrid[] = [];
  const rest: VisualLine[] = [];
  let i = 0;
  while (i < lines.length) {
    // a stretch of lines close together, from the first split line
    if (pieces(lines[i]!) < 2) {
      rest.push(lines[i]!);
      i++;
      continue;
    }
    let j = i + 1;
    let lastSplit = i;
    let splits = 1;
    while (j < lines.length && j - i < MAX_STRETCH && lines[j]!.y - lines[j - 1]!.y <= ROW_PITCH_EM * lines[j - 1]!.size) {
      if (pieces(lines[j]!) >= 2) {
        lastSplit = j;
        splits++;
      }
      j++;
    }
    const block = lines.slice(i, lastSplit + 1);
    const table = splits >= MIN_SPLIT_LINES ? tableOf(block) : null;
    if (table) {
      tables.push(table);
      i = lastSplit + 1;
    } else {
      rest.push(lines[i]!);
      i++;
    }
  }
  return { tables, rest };
}

function tableOf(block: VisualLine[]): FilledGrid | null {
  let left = Infinity;
  let right = -Infinity;
  for (const l of block) {
    left = Math.min(left, l.x0);
    right = Math.max(right, l.x1);
  }
  const width = right - left;
  const size = block[Math.floor(block.length / 2)]!.size;
  // lines across most of the table (headings) do not take part in finding the columns
  const spanning = (l: VisualLine) => pieces(l) === 1 && l.x1 - l.x0 > 0.6 * width;
  const spans: Array<[number, number]> = [];
  for (const l of block) if (!spanning(l)) for (const r of l.runs) spans.push([r.x0, r.x1]);
  spans.sort((a, b) => a[0] - b[0]);
  const xs = [left];
  let reach = spans[0]?.[1] ?? right;
  for (const [a, b] of spans) {
    if (a - reach >= COLUMN_GAP_EM * size) xs.push((a + reach) / 2);
    reach = Math.max(reach, b);
  }
  xs.push(right);
  const columns = xs.length - 1;
  if (columns < MIN_COLUMNS) return null;

  const column = (x: number) => {
    let c = 0;
    while (c + 1 < columns && x >= xs[c + 1]!) c++;
    return c;
  };
  // rows of cells, each cell the runs of its lines
  const rows: Array<{ cells: TextRun[][]; top: number; bottom: number; span: boolean }> = [];
  for (const l of block) {
    const top = l.y - l.size;
    if (spanning(l)) {
      rows.push({ cells: [l.runs], top, bottom: l.y + 0.3 * l.size, span: true });
      continue;
    }
    const cells: TextRun[][] = Array.from({ length: columns }, () => []);
    for (const r of l.runs) cells[column(r.x0 + 0.5)]!.push(r);
    const current = rows[rows.length - 1];
    if (current && !current.span && cells[0]!.length === 0) {
      cells.forEach((runs, c) => {
        for (const r of runs) current.cells[c]!.push(r);
      });
      current.bottom = l.y + 0.3 * l.size;
    } else {
      rows.push({ cells, top, bottom: l.y + 0.3 * l.size, span: false });
    }
  }
  if (rows.length < 2) return null;
  const ys = rows.map((r) => r.top);
  ys.push(rows[rows.length - 1]!.bottom);
  const cells: Grid['cells'] = [];
  const runs: TextRun[][] = [];
  const slotCell = new Int32Array(rows.length * columns);
  rows.forEach((row, r) => {
    if (row.span) {
      for (let c = 0; c < columns; c++) slotCell[r * columns + c] = cells.length;
      cells.push({ r0: r, c0: 0, r1: r, c1: columns - 1 });
      runs.push(row.cells[0]!);
      return;
    }
    row.cells.forEach((cellRuns, c) => {
      slotCell[r * columns + c] = cells.length;
      cells.push({ r0: r, c0: c, r1: r, c1: c });
      runs.push(cellRuns);
    });
  });
  return { grid: { xs, ys, cells, slotCell, nested: [] }, runs, nested: [] };
}
