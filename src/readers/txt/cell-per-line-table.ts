// Tables as word processors' plain-text export writes them: every cell on its own line (an empty
// cell is an empty line), the header's cells first, then each row's cells in order. Rows are
// recovered from the column count and the item numbering.
import type { ReaderNote, Row, Table } from '../../document/model.js';
import { stripMarkup } from './markup.js';
import { isBareNumber, leadingNumber } from './line-kinds.js';

export interface CellPerLineTable {
  table: Table;
  /** 0-based index of the table's first line (its header) and one past its last. */
  start: number;
  end: number;
}

const MAX_COLUMNS = 12;

/** Find such a table in `lines` (raw lines), starting the search at `from`. */
export function findCellPerLineTable(lines: string[], from: number, notes: ReaderNote[]): CellPerLineTable | null {
  const starts: number[] = [];
  for (let i = from; i < lines.length; i++) if (isBareNumber(lines[i]!)) starts.push(i);
  if (starts.length < 2) return null;
  // the column count: the rows' usual length, else the header's cells from its «№» line to the first row
  // (rows whose cells run over several lines leave no usual length)
  const k = (starts.length >= 3 ? columnCount(starts) : null) ?? columnsFromHeader(lines, starts[0]!);
  if (k === null) return null;
  let first = starts[0]!;
  // a row of column numbers under the header («1», «2», … «k», a line each) is not a row of items
  let numbering: number | null = null;
  if (Array.from({ length: k }, (_, c) => lines[first + c]?.trim()).every((t, c) => t === String(c + 1) || t === `${c + 1}.`)) {
    numbering = first;
    const next = starts.find((s) => s >= first + k);
    if (next === undefined) return null;
    first = next;
  }
  const header = findHeader(lines, numbering ?? first, k) ?? findTwoRowHeader(lines, numbering ?? first, k);
  if (!header) return null;

  const clean = (i: number) => stripMarkup(lines[i] ?? '').replace(/\s+/g, ' ').trim();
  const rows: Row[] = [];
  if (header.top) {
    // the first header row: its cells placed over the columns the second row leaves empty (a cell
    // spanning both rows) or over the first of a run of filled ones (a cell spanning those columns)
    rows.push({
      header: true,
      cells: header.top.map((at) => ({ lines: at === null ? [] : [clean(at)], colSpan: 1, rowSpan: 1 })),
      pos: { line: header.topStart! + 1, endLine: header.start },
    });
  }
  const headerRow: Row = {
    header: true,
    cells: Array.from({ length: k }, (_, c) => ({ lines: [clean(header.start + c)].filter((t) => t !== '' || !header.top), colSpan: 1, rowSpan: 1 })),
    pos: { line: header.start + 1, endLine: header.start + k },
  };
  rows.push(headerRow);
  if (numbering !== null) {
    rows.push({ cells: Array.from({ length: k }, (_, c) => ({ lines: [clean(numbering! + c)], colSpan: 1, rowSpan: 1 })), pos: { line: numbering + 1, endLine: numbering + k } });
    // a section line may sit between the numbers and the first item
    for (let i = numbering + k; i < first; i++) if (clean(i) !== '') rows.push(spanning(clean(i), i, k));
  }
  if (header.section !== null) rows.push(spanning(clean(header.section), header.section, k));

  let pos = first;
  while (pos < lines.length) {
    const next = nextRowStart(lines, pos, leadingNumber(lines[pos]!), k);
    const end = next ?? tableEnd(lines, pos, k);
    let chunk: number[] = [];
    for (let i = pos; i < end; i++) chunk.push(i);
    let section: number | null = null;
    if (next !== null && chunk.length > k) {
      const last = chunk[chunk.length - 1]!;
      const t = clean(last);
      // a section title is numbered or long; a short line («ИМЦ») is the last cell's second paragraph
      if (t !== '' && /^[\p{Lu}\d«"]/u.test(t) && (/^(?:\d{1,2}|[IVX]{1,4})\.\s+\S/u.test(t) || /^раздел\s/iu.test(t) || t.length >= 30)) {
        section = last;
        chunk = chunk.slice(0, -1);
      }
    }
    // trailing empty lines at the end of the table are not cells of a row beyond its width
    for (const rowLines of splitChunk(chunk, k, lines, notes)) {
      const cells = rowLines.map((group) => ({ lines: group.map(clean).filter((t) => t !== ''), colSpan: 1, rowSpan: 1 }));
      while (cells.length < k) cells.push({ lines: [], colSpan: 1, rowSpan: 1 });
      rows.push({ cells, pos: { line: rowLines[0]![0]! + 1, endLine: (rowLines[rowLines.length - 1]!.at(-1) ?? pos) + 1 } });
    }
    if (section !== null) rows.push(spanning(clean(section), section, k));
    if (next === null) {
      pos = end;
      break;
    }
    pos = next;
  }
  return {
    table: { kind: 'table', rows, columns: k, pos: { line: (header.topStart ?? header.start) + 1, endLine: pos } },
    start: header.topStart ?? header.start,
    end: pos,
  };
}

function spanning(text: string, index: number, k: number): Row {
  return { cells: [{ lines: [text], colSpan: k, rowSpan: 1 }], pos: { line: index + 1 } };
}

/** The header's cell count: its lines from one opening with «№» (or «N п/п») to the first row, all filled. */
function columnsFromHeader(lines: string[], first: number): number | null {
  for (let i = first - 1; i >= 0 && first - i <= MAX_COLUMNS; i--) {
    const t = lines[i]!.trim();
    if (t === '') return null;
    if (/^(?:№|N\s*п\/п|N$|No\.?$)/u.test(t)) return first - i >= 3 ? first - i : null;
  }
  return null;
}

/**
 * A header of two rows under merged cells, as a word processor exports it: the first row's m cells,
 * then the second row's k cells, empty where a first-row cell spans both rows. Each first-row cell
 * stands over an empty second-row cell, or over the first of a run of filled ones (a cell spanning them).
 */
function findTwoRowHeader(lines: string[], first: number, k: number): { start: number; section: null; top: Array<number | null>; topStart: number } | null {
  const subStart = first - k;
  if (subStart < 1) return null;
  const sub = Array.from({ length: k }, (_, c) => lines[subStart + c]!.trim());
  const filled = sub.filter((t) => t !== '').length;
  if (filled < 2 || filled === k || sub.some((t) => t.length > 80 || isBareNumber(t))) return null;
  // one top cell for each empty sub cell and each run of filled ones
  let m = 0;
  sub.forEach((t, c) => {
    if (t === '' || c === 0 || sub[c - 1] === '') m++;
  });
  const topStart = subStart - m;
  if (topStart < 0) return null;
  const tops = Array.from({ length: m }, (_, j) => lines[topStart + j]!.trim());
  if (tops.some((t) => t === '' || t.length > 80 || isBareNumber(t))) return null;
  const top: Array<number | null> = [];
  let j = 0;
  sub.forEach((t, c) => {
    top.push(t === '' || c === 0 || sub[c - 1] === '' ? topStart + j++ : null);
  });
  return { start: subStart, section: null, top, topStart };
}

/** The column count: the most common distance between successive item-number lines. */
function columnCount(starts: number[]): number | null {
  const votes = new Map<number, number>();
  for (let j = 1; j < starts.length; j++) {
    const gap = starts[j]! - starts[j - 1]!;
    if (gap >= 3 && gap <= MAX_COLUMNS) votes.set(gap, (votes.get(gap) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [gap, n] of votes) if (n > bestVotes) [best, bestVotes] = [gap, n];
  if (best === null || bestVotes < 2 || bestVotes < (starts.length - 1) * 0.4) return null;
  return best;
}

/** The header: k short non-empty lines right before the first row, or before a section line there. */
function findHeader(lines: string[], first: number, k: number): { start: number; section: number | null; top?: Array<number | null>; topStart?: number } | null {
  const labels = (from: number) => (from >= 0 ? Array.from({ length: k }, (_, c) => lines[from + c]!.trim()) : null);
  const ok = (l: string[] | null) => l !== null && l.every((t) => t !== '' && t.length <= 80 && !isBareNumber(t));
  const plain = labels(first - k);
  const withSection = lines[first - 1]?.trim() ? labels(first - k - 1) : null;
  const longest = (l: string[]) => Math.max(...l.map((t) => t.length));
  // a section line between the header and the first row: numbered («1. Организация …»), or a long
  // title beside the header's short labels
  const between = lines[first - 1]?.trim() ?? '';
  const sectionLike = /^(?:\d{1,2}|[IVX]{1,4})\.\s+\S/u.test(between) || (between.length > 40 && between.length > 1.5 * longest(withSection ?? ['']));
  if (ok(withSection) && (!ok(plain) || sectionLike)) return { start: first - k - 1, section: first - 1 };
  if (ok(plain)) return { start: first - k, section: null };
  return null;
}

/** The next line that starts a row: an item number that follows `prev` in sequence. */
function nextRowStart(lines: string[], pos: number, prev: string | null, k: number): number | null {
  for (let i = pos + 1; i < lines.length && i < pos + MAX_COLUMNS * 6; i++) {
    const n = leadingNumber(lines[i]!);
    if (n === null) continue;
    if (isBareNumber(lines[i]!)) return i;
    if (!follows(prev, n)) continue;
    // «2. Иванова …» after item «1.5» starts a new level: a row only if items «2.1» … follow it;
    // else it is a numbered list after the table
    if (prev !== null && n.split('.').length < prev.split('.').length && !deeperFollows(lines, i, n, k)) continue;
    return i;
  }
  return null;
}

function deeperFollows(lines: string[], at: number, n: string, k: number): boolean {
  for (let j = at + 1; j < lines.length && j <= at + k + 2; j++) {
    const m = leadingNumber(lines[j]!);
    if (m !== null && m.startsWith(`${n}.`)) return true;
  }
  return false;
}

/** «2» after «1», «2.1» after «2» or «1.9», «3» after «2.15» … */
function follows(prev: string | null, n: string): boolean {
  if (prev === null) return false;
  const a = prev.split('.').map(Number);
  const b = n.split('.').map(Number);
  if (b.length === a.length && b.slice(0, -1).join('.') === a.slice(0, -1).join('.') && b.at(-1) === a.at(-1)! + 1) return true;
  if (b.length === a.length + 1 && b.slice(0, -1).join('.') === a.join('.') && b.at(-1) === 1) return true;
  if (b.length < a.length && b.at(-1) === a[b.length - 1]! + 1) return true;
  return false;
}

/** Where the last row ends: k lines on, not running into the text that follows the table. */
function tableEnd(lines: string[], pos: number, k: number): number {
  return Math.min(lines.length, pos + k);
}

/**
 * A run of lines between two row starts -> rows of k cells. Exactly k: one row. A multiple of k:
 * several rows (one lost its number). More: a cell had several paragraphs, so lines are merged where
 * one reads as the continuation of the other. Fewer: empty cells at the end.
 */
function splitChunk(chunk: number[], k: number, lines: string[], notes: ReaderNote[]): number[][][] {
  if (chunk.length >= 2 * k && chunk.length % k === 0) {
    const out: number[][][] = [];
    for (let i = 0; i < chunk.length; i += k) out.push(chunk.slice(i, i + k).map((l) => [l]));
    return out;
  }
  const groups = chunk.map((l) => [l]);
  while (groups.length > k) {
    let best = 1;
    let bestScore = -Infinity;
    for (let g = 1; g < groups.length; g++) {
      const score = continuationScore(lines[groups[g - 1]!.at(-1)!]!, lines[groups[g]![0]!]!);
      if (score > bestScore) [best, bestScore] = [g, score];
    }
    groups[best - 1]!.push(...groups[best]!);
    groups.splice(best, 1);
  }
  if (chunk.length > k) {
    notes.push({
      code: 'cell-lines-merged',
      severity: 'info',
      message: `a row of a one-cell-per-line table had ${chunk.length} lines for ${k} columns: lines were joined where one continues another`,
      pos: { line: chunk[0]! + 1 },
    });
  }
  return [groups];
}

function continuationScore(prev: string, next: string): number {
  const p = prev.trim();
  const n = next.trim();
  if (p === '' || n === '') return -10;
  let s = 0;
  if (/^\p{Ll}/u.test(n)) s += 3;
  if (/[-,(«"]$/u.test(p) || /\s(?:и|в|на|по|с|для|к|о|об|от|из|за)$/u.test(p)) s += 2;
  if (/[.;:!?]$/u.test(p)) s -= 2;
  if (/^\d/u.test(n)) s -= 1;
  // «до 1 августа» / «2025 г.»: the year finishes the date
  if (/^\d{4}\s*(?:г\.?|года?)?$/u.test(n) && /(?:\d|[а-я]{3,})$/u.test(p)) s += 4;
  // a date ending in its year is a whole timeframe cell: what follows is the next cell
  if (/\d{4}\s*(?:г\.?|года?)$/u.test(p)) s -= 4;
  // a line opening with a month or a deadline word starts the timeframe cell, not a continuation
  if (/^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|до\s+\d|не\s+позднее|в\s+течение|ежегодно|ежемесячно|ежеквартально)/iu.test(n)) s -= 4;
  return s;
}
