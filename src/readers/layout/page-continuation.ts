// Joins the page fragments of one table. A fragment continues the table when it opens its page, the
// table closed the page before, and their outer borders line up. At its top, rows repeating the table's
// first rows are the repeated header: dropped once, and the originals marked header. Then the first row
// may be the rest of the last row of the page before (a row broken across the page break; see
// continuesRow): its cells' lines are then appended to the cells above.
import type { ReaderNote, Table } from '../../document/model.js';
import { lineStartNumber } from '../../normalize/item-number.js';
import { layoutRows, type SourceRow } from '../table-layout.js';
import { isMidWordBreak, isWrap, joinWrapped } from './line-joins.js';
import type { VisualLine } from './lines.js';
import type { FragmentCell, FragmentRow, TableFragment } from './table-fragment.js';
import type { Vocabulary } from './vocabulary.js';

interface AsmCell {
  lines: string[];
  bold: boolean;
  x0: number;
  x1: number;
  rowSpan: number;
  innerRight: number;
  /** The last visual line (for joining text continued on the next page). */
  lastVisual: VisualLine | null;
}

interface AsmRow {
  cells: AsmCell[];
  page: number;
  endPage: number;
  header: boolean;
}

/** Borders this close are the same border. */
const EDGE = 3;
/** Header rows compared at most. */
const MAX_HEADER_ROWS = 3;

export class TableAssembly {
  private readonly rows: AsmRow[] = [];
  private readonly xs: number[];
  readonly firstPage: number;
  lastPage: number;
  private readonly first: FragmentRow[];
  constructor(
    fragment: TableFragment,
    private readonly notes: ReaderNote[],
    private readonly tableNo: number,
    private readonly words: Vocabulary,
  ) {
    this.xs = [...fragment.xs];
    this.firstPage = fragment.page;
    this.lastPage = fragment.page;
    this.first = fragment.rows.slice(0, MAX_HEADER_ROWS);
    for (const row of fragment.rows) this.rows.push(toAsm(row, fragment.page));
  }

  get left(): number {
    return this.xs[0]!;
  }
  get right(): number {
    return this.xs[this.xs.length - 1]!;
  }

  /** Whether a fragment opening the next page lines up with this table. */
  linesUpWith(f: TableFragment): boolean {
    return f.page === this.lastPage + 1 && Math.abs(f.xs[0]! - this.left) <= EDGE && Math.abs(f.xs[f.xs.length - 1]! - this.right) <= EDGE;
  }

  append(f: TableFragment): void {
    let rows = f.rows;
    const repeated = this.repeatedHeader(rows);
    if (repeated > 0) {
      rows = rows.slice(repeated);
      for (let i = 0; i < repeated; i++) this.rows[i]!.header = true;
      this.notes.push({
        code: 'header-repeat-dropped',
        severity: 'info',
        message: `the table header repeated at the top of page ${f.page} was read once`,
        pos: { page: f.page, table: this.tableNo },
      });
    }
    for (const x of f.xs) if (!this.xs.some((m) => Math.abs(m - x) <= EDGE)) this.xs.push(x);
    this.xs.sort((a, b) => a - b);
    const last = this.rows[this.rows.length - 1];
    if (rows.length && last && !last.header && this.continuesRow(last, rows[0]!)) {
      this.joinRow(last, rows[0]!, f.page);
      this.notes.push({
        code: 'row-continued',
        severity: 'info',
        message: `a table row broken across the page break before page ${f.page} was joined into one row`,
        pos: { page: last.page, endPage: f.page, table: this.tableNo, row: this.rows.length },
      });
      rows = rows.slice(1);
    }
    for (const row of rows) this.rows.push(toAsm(row, f.page));
    this.lastPage = f.page;
  }

  toTable(): Table {
    const source: SourceRow[] = this.rows.map((row) => {
      const s: SourceRow = {
        cells: row.cells.map((c) => {
          const span = this.columnSpan(c);
          // an empty cell is neither bold nor not, as in the HTML path
          return c.lines.length ? { lines: c.lines, colSpan: span, rowSpan: c.rowSpan, bold: c.bold } : { lines: c.lines, colSpan: span, rowSpan: c.rowSpan };
        }),
        pos: row.endPage !== row.page ? { page: row.page, endPage: row.endPage } : { page: row.page },
      };
      if (row.header) s.header = true;
      return s;
    });
    // a slot covered by a row span from above gets its copy in layoutRows, so cells land in their columns
    const laid = layoutRows(source);
    const lastPage = this.lastPage;
    return {
      kind: 'table',
      rows: laid.rows,
      columns: this.xs.length - 1,
      pos: lastPage !== this.firstPage ? { page: this.firstPage, endPage: lastPage } : { page: this.firstPage },
    };
  }

  private columnSpan(c: AsmCell): number {
    const c0 = this.columnAt(c.x0);
    const c1 = this.columnAt(c.x1);
    return Math.max(1, c1 - c0);
  }

  private columnAt(x: number): number {
    let best = 0;
    let dist = Infinity;
    this.xs.forEach((m, i) => {
      const d = Math.abs(m - x);
      if (d < dist) {
        dist = d;
        best = i;
      }
    });
    return best;
  }

  private repeatedHeader(rows: FragmentRow[]): number {
    const n = Math.min(MAX_HEADER_ROWS, rows.length, this.first.length);
    for (let k = n; k >= 1; k--) {
      let same = true;
      for (let i = 0; i < k && same; i++) same = sameRow(rows[i]!, this.first[i]!);
      // a header is a row with text; empty rows repeating are not evidence
      if (same && rows.slice(0, k).some((r) => r.cells.some((c) => c.lines.length > 0))) return k;
    }
    return 0;
  }

  /**
   * Whether the first row on a page is the rest of the last row on the page before. Not when it starts
   * with a number (a numbered row begins). Yes when its first cell is empty under a filled one, or when
   * it leaves empty some cells that were filled above and its text flows on from the row above (a
   * cell's last line wrapped into it), or when every cell with text on both sides flows on.
   */
  private continuesRow(last: AsmRow, next: FragmentRow): boolean {
    if (!sameShape(last.cells, next.cells)) return false;
    const firstNext = next.cells[0]!.lines.join(' ');
    // a row that starts with its number («14.», «2.3») is a new row
    if (lineStartNumber(firstNext) !== null) return false;
    if (next.cells.every((c) => c.lines.length === 0)) return true;
    if (firstNext === '' && last.cells[0]!.lines.length > 0) return true;
    let holes = 0;
    let wraps = 0;
    let breaks = 0;
    next.cells.forEach((c, i) => {
      const above = last.cells[i]!;
      if (above.lines.length > 0 && c.lines.length === 0) holes++;
      const a = above.lastVisual;
      const b = c.visual[0];
      if (a && b) {
        if (isWrap(a, b, above.innerRight)) wraps++;
        else breaks++;
      }
    });
    if (holes > 0 && (wraps > 0 || breaks === 0)) return true;
    return wraps > 0 && breaks === 0;
  }

  private joinRow(last: AsmRow, next: FragmentRow, page: number): void {
    next.cells.forEach((c, i) => {
      const target = last.cells[i]!;
      if (c.lines.length === 0) return;
      if (target.lines.length === 0) {
        target.lines = [...c.lines];
      } else {
        const prevVisual = target.lastVisual;
        const firstVisual = c.visual[0];
        const right = target.innerRight;
        const lastLine = target.lines[target.lines.length - 1]!;
        if (prevVisual && firstVisual && isWrap(prevVisual, firstVisual, right)) {
          target.lines[target.lines.length - 1] = joinWrapped(lastLine, c.lines[0]!, isMidWordBreak(prevVisual, firstVisual, right, this.words));
          target.lines = target.lines.concat(c.lines.slice(1));
        } else {
          target.lines = target.lines.concat(c.lines);
        }
      }
      target.bold = target.bold && c.bold;
      target.lastVisual = c.visual[c.visual.length - 1] ?? target.lastVisual;
    });
    last.endPage = page;
  }
}

function toAsm(row: FragmentRow, page: number): AsmRow {
  return {
    cells: row.cells.map((c) => asmCell(c)),
    page,
    endPage: page,
    header: false,
  };
}

function asmCell(c: FragmentCell): AsmCell {
  return { lines: [...c.lines], bold: c.bold, x0: c.x0, x1: c.x1, rowSpan: c.rowSpan, innerRight: c.innerRight, lastVisual: c.visual[c.visual.length - 1] ?? null };
}

function norm(lines: string[]): string {
  return lines.join(' ').replace(/\s+/gu, ' ').trim();
}

function sameRow(a: FragmentRow, b: FragmentRow): boolean {
  if (a.cells.length !== b.cells.length) return false;
  return a.cells.every((c, i) => {
    const d = b.cells[i]!;
    return Math.abs(c.x0 - d.x0) <= EDGE && Math.abs(c.x1 - d.x1) <= EDGE && norm(c.lines) === norm(d.lines);
  });
}

function sameShape(a: AsmCell[], b: FragmentCell[]): boolean {
  if (a.length !== b.length || a.length === 0) return false;
  return a.every((c, i) => Math.abs(c.x0 - b[i]!.x0) <= EDGE && Math.abs(c.x1 - b[i]!.x1) <= EDGE);
}
