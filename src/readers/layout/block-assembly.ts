// The pages' lines and table fragments -> the document's blocks in reading order: paragraphs built
// across pages, table fragments joined into tables across page breaks, page numbers left out.
import type { Block, ReaderNote } from '../../document/model.js';
import type { VisualLine } from './lines.js';
import { TableAssembly } from './page-continuation.js';
import type { PageContent } from './page-layout.js';
import { ParagraphBuilder } from './paragraphs.js';
import { fillText, type TableFragment } from './table-fragment.js';
import { linePitches, textAreas, type PageLines } from './text-area.js';
import { Vocabulary } from './vocabulary.js';

/** Rows at the top of a page that may be a repeated header before a continued row. */
const MAX_HEADER_ROWS = 3;

type Item = { kind: 'line'; line: VisualLine } | { kind: 'table'; fragment: TableFragment };

const PAGE_NUMBER = /^(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?$|^(?:стр\.?|страница|page)\s*\d{1,4}(?:\s*(?:из|of|\/)\s*\d{1,4})?$/iu;

export function assembleBlocks(pages: readonly PageContent[], notes: ReaderNote[]): Block[] {
  const items = pages.map((p) => pageItems(p, notes));
  const pageLines: PageLines[] = pages.map((p, i) => ({
    width: p.width,
    height: p.height,
    lines: items[i]!.flatMap((it) => (it.kind === 'line' ? [it.line] : [])),
    tableEdges: p.tables.map((t) => [t.xs[0]!, t.xs[t.xs.length - 1]!] as [number, number]),
  }));
  const areas = textAreas(pageLines);
  // wrapped lines are joined only once every word of the document is known
  const words = new Vocabulary();
  pages.forEach((p, i) => {
    words.addLines(p.lines, areas[i]!.right);
    const opening = items[i]![0];
    for (const t of p.tables) {
      // a table opening its page may hold the rest of a row from the page before, for the first few rows
      const continued = opening?.kind === 'table' && opening.fragment === t;
      t.rows.forEach((row, r) => {
        for (const c of row.cells) words.addLines(c.visual, c.innerRight, continued && r <= MAX_HEADER_ROWS);
      });
    }
  });
  for (const p of pages) for (const t of p.tables) fillText(t, words);
  const paragraphs = new ParagraphBuilder(linePitches(pageLines), words);
  const blocks: Block[] = [];
  let table: TableAssembly | null = null;
  let tables = 0;
  const closeTable = () => {
    if (table) blocks.push(table.toTable());
    table = null;
  };
  const flushParagraph = () => {
    const p = paragraphs.flush();
    if (p) blocks.push(p);
  };
  pages.forEach((page, pi) => {
    const pageItemsList = items[pi]!;
    pageItemsList.forEach((item, idx) => {
      if (item.kind === 'line') {
        closeTable();
        const done = paragraphs.add({ line: item.line, page: page.number, area: areas[pi]! });
        if (done) blocks.push(done);
        return;
      }
      flushParagraph();
      const f = item.fragment;
      const open = table as TableAssembly | null;
      if (open && idx === 0 && open.linesUpWith(f)) {
        open.append(f);
        return;
      }
      closeTable();
      table = new TableAssembly(f, notes, ++tables, words);
    });
    // a table continues onto the next page only if it closed this one
    const last = pageItemsList[pageItemsList.length - 1];
    if (table && last?.kind !== 'table') closeTable();
  });
  flushParagraph();
  closeTable();
  return blocks;
}

/** A page's lines and tables, top to bottom, without page numbers. */
function pageItems(page: PageContent, notes: ReaderNote[]): Item[] {
  const lines = [...page.lines];
  // a page number is the first or last line of the page, alone on its line
  for (const end of ['last', 'first'] as const) {
    const at = end === 'last' ? lines.length - 1 : 0;
    const l = lines[at];
    if (l && lines.length > 1 && PAGE_NUMBER.test(l.text.trim()) && isApart(l, lines, page.tables)) {
      lines.splice(at, 1);
      notes.push({ code: 'page-number-dropped', severity: 'info', message: `the page number «${l.text.trim()}» on page ${page.number} is not text of the document`, pos: { page: page.number } });
    }
  }
  const items: Item[] = [];
  const tables = [...page.tables].sort((a, b) => a.top - b.top);
  let t = 0;
  for (const line of lines) {
    while (t < tables.length && tables[t]!.top <= line.y - line.size * 0.7) items.push({ kind: 'table', fragment: tables[t++]! });
    items.push({ kind: 'line', line });
  }
  while (t < tables.length) items.push({ kind: 'table', fragment: tables[t++]! });
  return items;
}

/** The line stands off from the rest of the page: above or below everything else. */
function isApart(line: VisualLine, lines: VisualLine[], tables: TableFragment[]): boolean {
  let top = Infinity;
  let bottom = -Infinity;
  for (const l of lines) {
    if (l === line) continue;
    top = Math.min(top, l.y);
    bottom = Math.max(bottom, l.y);
  }
  for (const t of tables) {
    top = Math.min(top, t.top);
    bottom = Math.max(bottom, t.bottom);
  }
  return line.y < top - line.size || line.y > bottom + line.size;
}
