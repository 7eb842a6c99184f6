// One roadmap table -> sections and items: rows repaired, sections told from items, cells to fields.
import type { DateContext } from '../../dates/index.js';
import { noTimeframe, parseTimeframe } from '../../dates/index.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import type { Item, Section, Span } from '../../model/roadmap.js';
import type { Timeframe } from '../../model/timeframe.js';
import { dropRepeatedTail } from '../../normalize/repeated-tail.js';
import { joinedValue, joinLines } from '../../normalize/text.js';
import { isGridMark } from './column-roles.js';
import { depth, leadingItemNumber, missingBetween, numberParts, parseItemNumber } from '../../normalize/item-number.js';
import { findLinks } from './links.js';
import { periodFromTitle, statedYears, yearFromDates, yearSpan } from './plan-period.js';
import { splitResponsible } from './responsible.js';
import { repairRows } from './repairs/index.js';
import type { TableHeader } from './table-header.js';
import { cellValue, isBlank, nonEmptyColumns, placeOf, type WorkRow } from './work-row.js';
import { keyedMap } from '../../model/check-model.js';

export interface TableContext {
  header: TableHeader;
  table: number;
  title: string | null;
  docDate: string | null;
  diagnostics: Diagnostic[];
}

export interface TableResult {
  sections: Section[];
  items: Item[];
  period: Span | null;
}

interface Draft {
  row: WorkRow;
  number: string | null;
  section: string | null;
  timeframeText: string | null;
}

export function extractItems(rows: WorkRow[], ctx: TableContext): TableResult {
  const { header } = ctx;
  const body = repairRows(rows.slice(header.bodyStart), { header, table: ctx.table, diagnostics: ctx.diagnostics });
  fillGroupingDown(body, header);
  const itemDepth = modalItemDepth(body, header);
  const sections: Section[] = [];
  const drafts: Draft[] = [];
  let current: string | null = null;
  for (const row of body) {
    if (row.header) continue;
    const nonEmpty = nonEmptyColumns(row);
    if (nonEmpty.length === 0) continue;
    const section = sectionOf(row, header, itemDepth);
    if (section) {
      sections.push(section);
      current = section.number ?? section.title;
      continue;
    }
    const numText = header.at.number !== undefined ? cellValue(row, header.at.number) : '';
    const number = numText === '' ? null : (parseItemNumber(numText) ?? numText.replace(/\.$/u, ''));
    drafts.push({ row, number, section: current, timeframeText: timeframeText(row, header) });
  }

  // the plan year: from the title, else the year the dated rows state, else the act's year
  let period = periodFromTitle(ctx.title);
  if (!period) {
    const year = yearFromDates(drafts.flatMap((d) => (d.timeframeText ? statedYears(d.timeframeText) : [])));
    if (year !== null) period = yearSpan(year);
  }
  const year = period ? Number(period.start.slice(0, 4)) : ctx.docDate ? Number(ctx.docDate.slice(0, 4)) : null;
  const dateCtx: DateContext = { year, docDate: ctx.docDate, planPeriod: period };

  const known = knownParties(drafts, header);
  const items: Item[] = [];
  let after: string | null = null;
  // within one plan the same phrase means the same thing; `after` matters only when the plan spans years
  const multiYear = period !== null && period.start.slice(0, 4) !== period.end.slice(0, 4);
  const memo = new Map<string, { timeframe: Timeframe; diagnostics: TimeframeDiagnostics }>();
  for (const d of drafts) {
    let timeframe = readTimeframe(d, { ...dateCtx, after }, ctx, memo, multiYear);
    if (header.periodGrid) timeframe = mergeGridPeriods(timeframe);
    const firstStart = timeframe.periods.find((p) => p.start)?.start;
    if (firstStart) after = firstStart;
    const item = toItem(d, timeframe, header, known);
    dropRepeatedTails(item, d.row, ctx);
    items.push(item);
  }
  checkNumbering(items, drafts, ctx);
  return { sections, items, period };
}

type TimeframeDiagnostics = ReturnType<typeof parseTimeframe>['diagnostics'];

function readTimeframe(
  d: Draft,
  dateCtx: DateContext,
  ctx: TableContext,
  memo: Map<string, { timeframe: Timeframe; diagnostics: TimeframeDiagnostics }>,
  multiYear: boolean,
): Timeframe {
  if (d.timeframeText === null) return noTimeframe(null);
  const key = multiYear ? `${d.timeframeText}\u0000${dateCtx.after ?? ''}` : d.timeframeText;
  let reading = memo.get(key);
  if (!reading) {
    reading = parseTimeframe(d.timeframeText, dateCtx);
    memo.set(key, reading);
  }
  const { diagnostics } = reading;
  const timeframe: Timeframe = { ...reading.timeframe, text: d.timeframeText, periods: reading.timeframe.periods.map((p) => ({ ...p })) };
  for (const diag of diagnostics) {
    ctx.diagnostics.push({
      code: diag.code,
      severity: diag.severity,
      message: `item ${d.number ?? `in row ${d.row.row}`}: ${diag.message}`,
      at: { table: ctx.table, row: d.row.row, ...(d.number ? { item: d.number } : {}), ...placeOf(d.row) },
    });
  }
  return timeframe;
}

function toItem(d: Draft, timeframe: Timeframe, header: TableHeader, known: ReadonlySet<string>): Item {
  const { row } = d;
  const value = (role: 'activity' | 'result' | 'indicator' | 'info' | 'report') => {
    const col = header.at[role];
    return col === undefined ? null : joinedValue(row.cells[col] ?? []);
  };
  // a header may be any word, `__proto__` or `constructor` included
  const extra = keyedMap<string>();
  header.columns.forEach((c, i) => {
    const firstOfRole = header.at[c.role] === i;
    if (c.role === 'timeframe' || c.role === 'number') return;
    if (c.role !== 'other' && firstOfRole) return;
    const v = joinLines(row.cells[i] ?? []);
    if (v !== '') extra[c.header || `column ${i + 1}`] = v;
  });
  const respCol = header.at.responsible;
  const item: Item = {
    number: d.number,
    section: d.section,
    activity: value('activity'),
    timeframe,
    responsible: respCol === undefined ? [] : splitResponsible(row.cells[respCol] ?? [], known),
    result: value('result'),
    indicator: value('indicator'),
    info: value('info'),
    report: value('report'),
    links: [...new Set([...findLinks(row.cells.map((c) => joinLines(c))), ...row.links])],
    extra,
    at: { table: 0, row: row.row, ...placeOf(row) },
  };
  return item;
}

/** A fragment an export printed twice at the end of a cell is dropped, and said so. */
function dropRepeatedTails(item: Item, row: WorkRow, ctx: TableContext): void {
  for (const key of ['activity', 'result', 'indicator', 'info', 'report'] as const) {
    const value = item[key];
    if (!value) continue;
    const { text, dropped } = dropRepeatedTail(value);
    if (!dropped) continue;
    item[key] = text;
    ctx.diagnostics.push({
      code: 'duplicate-fragment-dropped',
      severity: 'info',
      message: `item ${item.number ?? `in row ${row.row}`}: the ${key} ended by repeating «${dropped}»; the repeat was dropped`,
      at: { table: ctx.table, row: row.row, ...(item.number ? { item: item.number } : {}), ...placeOf(row) },
    });
  }
}


/** The timeframe cell(s): one column; a start/end pair joined with « – »; marked period columns joined with «; ». */
function timeframeText(row: WorkRow, header: TableHeader): string | null {
  const cols = header.timeframeColumns;
  if (cols.length === 0) return null;
  if (header.periodGrid) {
    // a marked period column gives its period; a date written in a grid cell is read as written;
    // blank, «-» and «–» leave the period unmarked
    const label = (c: number) => header.periodLabels?.[c] ?? header.columns[c]!.header;
    const parts: string[] = [];
    for (const c of cols) {
      const v = cellValue(row, c);
      if (v === '' || /^[-–—]+$/u.test(v)) continue;
      if (isGridMark(v) && label(c) !== '') parts.push(label(c));
      else if (!isGridMark(v)) parts.push(v);
    }
    return parts.length ? parts.join('; ') : null;
  }
  const parts = cols.map((c) => cellValue(row, c)).filter((t) => t !== '');
  if (parts.length === 0) return null;
  return parts.join(' – ');
}

/**
 * A grouping column («Задача» beside «Мероприятие») holds its text once for the rows it spans: a .docx
 * repeats it in every spanned row, a PDF or a text export leaves the rows below empty. Fill them from
 * the row above, within a section.
 */
function fillGroupingDown(rows: WorkRow[], header: TableHeader): void {
  for (const col of header.grouping ?? []) {
    let last: string[] | null = null;
    for (const row of rows) {
      if (row.spanning || row.header) {
        last = null;
        continue;
      }
      if (!isBlank(row, col)) last = row.cells[col]!;
      else if (last && nonEmptyColumns(row).length > 0) row.cells[col] = [...last];
    }
  }
}

/** Marked grid columns side by side are one span (MODEL.md: «merged when contiguous»); a text list is not. */
function mergeGridPeriods(t: Timeframe): Timeframe {
  if (t.kind !== 'multi') return t;
  const ps = [...t.periods].sort((a, b) => (a.start ?? a.end).localeCompare(b.start ?? b.end));
  const out: Timeframe['periods'] = [];
  for (const p of ps) {
    const prev = out[out.length - 1];
    if (prev && p.start !== null && prev.start !== null && p.precision === prev.precision && dayAfter(prev.end) === p.start) prev.end = p.end;
    else out.push({ ...p });
  }
  if (out.length === ps.length) return t;
  const kind = out.length > 1 ? 'multi' : out[0]!.start === out[0]!.end ? 'date' : 'range';
  return { ...t, kind, periods: out };
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The depth of item numbers in rows that carry data («1.1» → 2), so shallower numbered rows are sections. */
function modalItemDepth(rows: WorkRow[], header: TableHeader): number {
  const numCol = header.at.number;
  if (numCol === undefined) return 0;
  const counts = new Map<number, number>();
  for (const r of rows) {
    if (r.spanning || nonEmptyColumns(r).length < 3) continue;
    const n = parseItemNumber(cellValue(r, numCol));
    if (n) counts.set(depth(n), (counts.get(depth(n)) ?? 0) + 1);
  }
  let best = 0;
  let bestN = 0;
  for (const [d, n] of counts) if (n > bestN) [best, bestN] = [d, n];
  return best;
}

function sectionOf(row: WorkRow, header: TableHeader, itemDepth: number): Section | null {
  const numCol = header.at.number;
  const actCol = header.at.activity;
  let text: string;
  let numberCell: string | null = null;
  if (row.spanning) {
    text = cellValue(row, 0);
  } else {
    const cols = nonEmptyColumns(row);
    const titleCols = new Set([numCol, actCol, 0, ...(header.grouping ?? [])].filter((c): c is number => c !== undefined));
    if (!cols.every((c) => titleCols.has(c))) return null;
    const numText = numCol !== undefined ? cellValue(row, numCol) : '';
    const actText = actCol !== undefined && actCol !== numCol ? cellValue(row, actCol) : '';
    const n = parseItemNumber(numText);
    if (n && actText !== '') {
      numberCell = n;
      text = actText;
    } else {
      text = [numText, actText].filter(Boolean).join(' ');
    }
    if (text === '') return null;
    // a numbered row at the depth of the items is an item with empty cells, not a section
    const lead = numberCell ?? leadingItemNumber(text)?.number ?? null;
    if (lead && itemDepth > 0 && depth(lead) >= itemDepth) return null;
    if (!lead && /^\p{Ll}/u.test(text)) return null;
  }
  if (numberCell) return { number: numberCell, title: text };
  const lead = leadingItemNumber(text);
  if (lead) return { number: lead.number, title: lead.rest };
  return { number: null, title: text };
}

/** Parties that stand alone in two or more rows of the responsible column. */
function knownParties(drafts: Draft[], header: TableHeader): Set<string> {
  const col = header.at.responsible;
  const counts = new Map<string, number>();
  if (col === undefined) return new Set();
  for (const d of drafts) {
    const v = joinLines(d.row.cells[col] ?? []);
    if (v !== '' && !v.includes(',') && v.length <= 40) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 2).map(([v]) => v));
}

/** Item numbers that skip or repeat within a section. */
function checkNumbering(items: Item[], drafts: Draft[], ctx: TableContext): void {
  const seen = new Map<string, number>();
  let prev: Item | null = null;
  items.forEach((item, i) => {
    const row = drafts[i]!.row;
    if (!item.number) return;
    const at = { table: ctx.table, row: row.row, item: item.number, ...placeOf(row) };
    if (seen.has(item.number)) {
      ctx.diagnostics.push({ code: 'item-number-duplicate', severity: 'warning', message: `item number ${item.number} appears twice (rows ${seen.get(item.number)} and ${row.row})`, at });
    } else seen.set(item.number, row.row);
    if (prev?.number) {
      const a = numberParts(prev.number);
      const b = numberParts(item.number);
      // only a gap within one list is this table's to report; jumps between lists are lint's
      const missing = a && b && a.length === b.length && a.slice(0, -1).join('.') === b.slice(0, -1).join('.') ? missingBetween(a, b) : null;
      const gap = missing?.length ? missing.join(', ') + (b!.at(-1)! - a!.at(-1)! - 1 > 5 ? ', …' : '') : null;
      if (gap) ctx.diagnostics.push({ code: 'item-number-gap', severity: 'warning', message: `item ${item.number} follows ${prev.number}: ${gap} is missing`, at });
    }
    prev = item;
  });
}

