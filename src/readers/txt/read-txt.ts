// The .txt reader: a text export of an order -> the common document model. Decodes the bytes,
// strips markdown/HTML remnants, and finds tables in any of the layouts text exports use.
import type { Block, DocModel, Paragraph, ReaderNote } from '../../document/model.js';
import { RoadmapError } from '../../errors.js';
import type { ReaderOptions } from '../index.js';
import { findCellPerLineTable } from './cell-per-line-table.js';
import { decodeText } from './decode.js';
import { lineKind, splitPipeCells, type LineKind } from './line-kinds.js';
import { boldMarkers, stripMarkup } from './markup.js';
import { buildTextTable, cleanCells, splitTabCells, type RegionLine } from './text-table.js';
import { unfoldLines } from './unfold-lines.js';

export function readTxt(bytes: Uint8Array, opts?: ReaderOptions): DocModel {
  const decoded = decodeText(bytes);
  if (opts) checkLineLength(decoded.text, opts.limits.maxLineLength);
  const model = readText(decoded.text);
  model.encoding = decoded.encoding;
  if (decoded.damaged) {
    model.notes.push({
      code: 'encoding-uncertain',
      severity: 'warning',
      message: `the text is UTF-8 with ${decoded.damaged} damaged byte sequence(s), read as «\uFFFD»`,
      pos: {},
    });
  } else if (decoded.confidence < 0.5) {
    model.notes.push({
      code: 'encoding-uncertain',
      severity: 'warning',
      message: `the text encoding was guessed as ${decoded.encoding} with low confidence (${decoded.confidence})`,
      pos: {},
    });
  }
  return model;
}

/**
 * A line of megabytes is no order's text (a binary or a dump), and every line-wise step would copy it
 * again and again: refuse it before reading. A plain scan, since a regular expression over such a
 * line is itself the cost.
 */
function checkLineLength(text: string, max: number): void {
  if (text.length <= max) return;
  let start = 0;
  let line = 1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (c !== 10 && c !== 13) continue;
    if (i - start > max) {
      throw new RoadmapError(
        'too-large',
        `line ${line} is ${i - start} characters long, over the limit of ${max} (maxLineLength; raise it with --max-line-length)`,
      );
    }
    // CRLF is one line break, as readText splits
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    line++;
  }
}

/** Already-decoded text -> document model. */
export function readText(text: string): DocModel {
  const source = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const unfolded = unfoldLines(source);
  const lines = unfolded?.lines ?? source;
  const kinds = lines.map(lineKind);
  const notes: ReaderNote[] = [];
  const blocks: Block[] = [];

  const hasCellRows = kinds.some((k) => k === 'tab' || k === 'pipe');
  const cellTable = hasCellRows ? null : findCellPerLineTable(lines, 0, notes);

  let para: { lines: string[]; raw: string[]; start: number } | null = null;
  const flush = () => {
    if (para) blocks.push(toParagraph(para.lines, para.raw, para.start));
    para = null;
  };

  let i = 0;
  let noTableUntil = 0;
  while (i < lines.length) {
    if (cellTable && i === cellTable.start) {
      flush();
      blocks.push(cellTable.table);
      i = cellTable.end;
      continue;
    }
    const kind = kinds[i]!;
    if ((kind === 'tab' || kind === 'pipe') && i >= noTableUntil) {
      const region = collectRegion(lines, kinds, i, kind);
      const table = buildTextTable(region.lines, notes);
      // a table has at least two rows of two or more cells with text (a lone «date\t№» line is not one)
      if (table && table.rows.filter((r) => r.cells.filter((c) => c.lines.length > 0).length >= 2).length >= 2) {
        flush();
        blocks.push(table);
        i = region.end;
        continue;
      }
      // no later line of a region that is no table starts one (its rows are a part of these rows):
      // trying again at each line cost time quadratic in the region (1,000 tab lines took 13 s)
      noTableUntil = region.end;
    }
    if (kind === 'blank' || kind === 'rule') {
      flush();
      i++;
      continue;
    }
    const raw = lines[i]!;
    const clean = stripMarkup(raw).replace(/[ \u00a0]+/g, ' ').replace(/\s+$/u, '');
    if (isListLine(clean)) flush();
    if (!para) para = { lines: [], raw: [], start: i + 1 };
    para.lines.push(clean.trim() === '' ? '' : clean.replace(/^\s+/u, ''));
    para.raw.push(raw);
    if (isListLine(clean)) flush();
    i++;
  }
  flush();
  if (unfolded) toSourceLines(blocks, notes, unfolded.origin);
  return { format: 'txt', blocks, notes, encoding: null, pages: null };
}

/** Positions of unfolded lines back to the lines of the file. */
function toSourceLines(blocks: Block[], notes: ReaderNote[], origin: number[]): void {
  const at = (n: number | undefined) => (n === undefined ? undefined : (origin[n - 1] ?? origin[origin.length - 1] ?? 0) + 1);
  const fix = (pos: { line?: number; endLine?: number }) => {
    if (pos.line !== undefined) pos.line = at(pos.line);
    if (pos.endLine !== undefined) pos.endLine = at(pos.endLine);
  };
  for (const b of blocks) {
    fix(b.pos);
    if (b.kind === 'table') for (const r of b.rows) fix(r.pos);
  }
  for (const n of notes) fix(n.pos);
}

const LIST_LINE = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[-–—•·▪*])\s+\S/u;

function isListLine(s: string): boolean {
  return LIST_LINE.test(s);
}

function toParagraph(lines: string[], raw: string[], start: number): Paragraph {
  const joined = raw.join('\n').trim();
  const markers = boldMarkers(joined);
  // bold when the whole paragraph sits inside one ** … ** span
  const bold = markers >= 2 && joined.startsWith('**') && joined.endsWith('**') && boldMarkers(joined.slice(2, -2)) === 0;
  const pos = lines.length > 1 ? { line: start, endLine: start + lines.length - 1 } : { line: start };
  return { kind: 'paragraph', lines: lines.filter((l) => l !== ''), bold, pos };
}

/**
 * The lines of one table: rows of cells, page breaks (blank lines, rules), and tab-less lines between
 * rows (section rows). The table ends at text that is not followed soon by more rows.
 */
function collectRegion(lines: string[], kinds: LineKind[], start: number, kind: 'tab' | 'pipe'): { lines: RegionLine[]; end: number } {
  const out: RegionLine[] = [];
  let i = start;
  let lastRowEnd = start;
  const boxed = kind === 'pipe' && hasRowRules(lines, kinds, start);
  const bordered = kind === 'pipe' && startsWithPipe(lines, kinds, start);
  let pending: { cells: string[][]; bold: boolean[]; line: number; endLine: number } | null = null;
  const pushPending = () => {
    if (pending) out.push({ kind: 'row', ...pending });
    pending = null;
  };
  while (i < lines.length) {
    const k = kinds[i]!;
    if (k === kind) {
      const { cells, bold } = kind === 'tab' ? splitTabCells(lines[i]!) : cleanCells(splitPipeCells(lines[i]!, bordered));
      if (boxed) {
        // a boxed table: a row's cells run over several lines until the next rule
        if (!pending) pending = { cells, bold, line: i + 1, endLine: i + 1 };
        else {
          cells.forEach((c, ci) => {
            while (pending!.cells.length <= ci) pending!.cells.push([]);
            pending!.cells[ci]!.push(...c);
          });
          pending.endLine = i + 1;
        }
      } else {
        out.push({ kind: 'row', cells, bold, line: i + 1 });
      }
      lastRowEnd = i + 1;
      i++;
      continue;
    }
    if (k === 'rule') {
      pushPending();
      if (!boxed) out.push({ kind: 'break', line: i + 1 });
      i++;
      continue;
    }
    if (k === 'blank') {
      pushPending();
      out.push({ kind: 'break', line: i + 1 });
      i++;
      continue;
    }
    // a text line: a section row if more rows follow soon, else the end of the table
    if (k === 'text') {
      let j = i;
      let texts = 0;
      while (j < lines.length && (kinds[j] === 'text' || kinds[j] === 'blank' || kinds[j] === 'rule')) {
        if (kinds[j] === 'text') texts++;
        j++;
      }
      if (texts <= 2 && j < lines.length && kinds[j] === kind && lines[i]!.trim().length < 400) {
        pushPending();
        for (let t = i; t < j; t++) {
          if (kinds[t] === 'text') out.push({ kind: 'bridge', raw: lines[t]!, line: t + 1 });
          else out.push({ kind: 'break', line: t + 1 });
        }
        i = j;
        continue;
      }
    }
    break;
  }
  pushPending();
  // trailing breaks are not part of the table
  while (out.length && out[out.length - 1]!.kind === 'break') out.pop();
  return { lines: out, end: Math.max(lastRowEnd, start + 1) };
}

/** Whether the rows of a pipe table open with a border pipe («| a | b |»), not just end in one («a |b |»). */
function startsWithPipe(lines: string[], kinds: LineKind[], start: number): boolean {
  let rows = 0;
  let opened = 0;
  for (let i = start; i < lines.length && rows < 50; i++) {
    if (kinds[i] !== 'pipe') continue;
    rows++;
    if (/^\s*[|│┃]/u.test(lines[i]!) && !/^\s+[|│┃]/u.test(lines[i]!)) opened++;
  }
  return rows > 0 && opened / rows >= 0.8;
}

/** Whether rule lines separate the rows of a pipe table (beyond the one under its header). */
function hasRowRules(lines: string[], kinds: LineKind[], start: number): boolean {
  let rules = 0;
  let rows = 0;
  for (let i = start; i < lines.length && (kinds[i] === 'pipe' || kinds[i] === 'rule'); i++) {
    if (kinds[i] === 'rule') rules++;
    else rows++;
  }
  return rules >= 2 && rows > rules;
}
