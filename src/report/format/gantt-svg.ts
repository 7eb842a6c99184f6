// Inline SVG charts for the HTML report: a Gantt-like chart (one row per item, a bar per period, a
// diamond per date or deadline, the as-of day as a line) and the month load as columns. No scripts:
// each bar's <title> is its tooltip.
import type { ItemStatus } from '../../item-status/item-status.js';
import type { MonthLoad, ReportItem } from '../report-model.js';
import { monthShort, ruDate, STATUS_WORDS } from '../ru-words.js';
import { isPoint, monthsOf, type Window } from '../timeline.js';
import { itemNumber } from '../item-groups.js';
import { shorten } from '../short-text.js';
import { esc } from './html-text.js';

const WIDTH = 1000;
/** Labels take the first 300 units; the months the rest. */
const CHART_LEFT = 310;
const CHART_RIGHT = 990;
const AXIS_HEIGHT = 22;
const ROW = 18;

/** Bar colours by status; without an as-of day every bar is «plan» blue. */
export const STATUS_COLORS: Record<ItemStatus | 'plan', string> = {
  plan: '#1f6fb2',
  done: '#2e7d32',
  not_done: '#e65100',
  ongoing: '#1f6fb2',
  upcoming: '#8aa4b8',
  overdue: '#c62828',
  undated: '#9e9e9e',
};

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** x of the start of a day (or, with `after`, of its end). */
function scale(window: Window): (iso: string, after?: boolean) => number {
  const first = dayNumber(window.start);
  const days = dayNumber(window.end) + 1 - first;
  return (iso, after = false) => {
    const d = Math.min(Math.max(dayNumber(iso) + (after ? 1 : 0) - first, 0), days);
    return CHART_LEFT + (d / days) * (CHART_RIGHT - CHART_LEFT);
  };
}

/** Month bands, month names on top, and the as-of line over `height`. */
function frame(window: Window, height: number, asOf: string | null): { under: string; over: string } {
  const x = scale(window);
  const under: string[] = [];
  monthsOf(window).forEach((m, i) => {
    const x0 = x(`${m}-01`);
    const next = nextMonthStart(m);
    const xe = next <= window.end ? x(next) : x(window.end, true);
    if (i % 2 === 1) under.push(`<rect class="band" x="${round(x0)}" y="${AXIS_HEIGHT}" width="${round(xe - x0)}" height="${round(height - AXIS_HEIGHT)}"/>`);
    under.push(`<line class="grid" x1="${round(x0)}" x2="${round(x0)}" y1="${AXIS_HEIGHT - 4}" y2="${height}"/>`);
    // a plan over several years names the year at each January
    const label = m.endsWith('-01') && i > 0 ? `${monthShort(m)} ${m.slice(0, 4)}` : monthShort(m);
    under.push(`<text class="month" x="${round((x0 + xe) / 2)}" y="${AXIS_HEIGHT - 8}">${esc(label)}</text>`);
  });
  under.push(`<line class="grid" x1="${CHART_RIGHT}" x2="${CHART_RIGHT}" y1="${AXIS_HEIGHT - 4}" y2="${height}"/>`);
  let over = '';
  if (asOf && asOf >= window.start && asOf <= window.end) {
    const ax = round(x(asOf));
    over =
      `<g class="as-of"><title>Дата отчёта: ${ruDate(asOf)}</title>` +
      `<line x1="${ax}" x2="${ax}" y1="${AXIS_HEIGHT - 6}" y2="${height}"/>` +
      `<text x="${ax}" y="${height}" dy="-2">${ruDate(asOf).slice(0, 5)}</text></g>`;
  }
  return { under: under.join(''), over };
}

function nextMonthStart(ym: string): string {
  let y = Number(ym.slice(0, 4));
  let m = Number(ym.slice(5, 7)) + 1;
  if (m > 12) {
    m = 1;
    y++;
  }
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

/** The chart of one group of items: a row each, labelled with its number and activity. */
export function ganttSvg(items: readonly ReportItem[], window: Window, asOf: string | null, caption: string): string {
  const height = AXIS_HEIGHT + items.length * ROW + 14;
  const x = scale(window);
  const { under, over } = frame(window, height, asOf);
  const rows: string[] = [];
  items.forEach((item, i) => {
    const y = AXIS_HEIGHT + i * ROW;
    const mid = y + ROW / 2;
    const color = STATUS_COLORS[item.status ?? 'plan'];
    const tip = esc(`${itemNumber(item)}. ${item.activity ?? ''}\nСроки: ${item.timeframe.text ?? '—'}${item.status ? `\nСостояние: ${STATUS_WORDS[item.status]}` : ''}`);
    const parts: string[] = [`<title>${tip}</title>`];
    parts.push(`<text class="label" x="4" y="${round(mid + 4)}">${esc(`${itemNumber(item)}  ${shorten(item.activity, 42)}`)}</text>`);
    const cls = `bar${item.dueSoon ? ' due-soon' : ''}${item.timeframe.kind === 'recurring' ? ' repeat' : ''}`;
    // spans first, so a date inside a span («Март – декабрь … 12.03.2022») is drawn on top of it
    const periods = [...item.timeframe.periods].sort((a, b) => Number(isPoint(a)) - Number(isPoint(b)));
    for (const p of periods) {
      const from = p.start ?? p.end;
      if (p.end < window.start) {
        parts.push(`<path class="beyond" d="M${CHART_LEFT + 1} ${mid}l7 -5v10z" fill="${color}"/>`);
        continue;
      }
      if (from > window.end) {
        parts.push(`<path class="beyond" d="M${CHART_RIGHT - 1} ${mid}l-7 -5v10z" fill="${color}"/>`);
        continue;
      }
      if (isPoint(p)) {
        const cx = (x(p.end) + x(p.end, true)) / 2;
        parts.push(`<path class="${cls} point" d="M${round(cx)} ${mid - 6}l6 6l-6 6l-6 -6z" fill="${color}" stroke="#fff"/>`);
        continue;
      }
      const x0 = x(p.start!);
      const x1 = x(p.end, true);
      const fill = item.timeframe.kind === 'recurring' ? `url(#repeat-${color.slice(1)})` : color;
      parts.push(`<rect class="${cls} span" x="${round(x0)}" y="${mid - 5}" width="${round(Math.max(x1 - x0, 2))}" height="10" rx="2" fill="${fill}" stroke="${color}"/>`);
      if (p.start! < window.start) parts.push(`<path class="beyond" d="M${CHART_LEFT - 1} ${mid}l-6 -5v10z" fill="${color}"/>`);
      if (p.end > window.end) parts.push(`<path class="beyond" d="M${CHART_RIGHT + 1} ${mid}l6 -5v10z" fill="${color}"/>`);
    }
    rows.push(`<g class="item">${parts.join('')}</g>`);
  });
  const patterns = Object.values(STATUS_COLORS)
    .filter((c, i, all) => all.indexOf(c) === i)
    .map(
      (c) =>
        `<pattern id="repeat-${c.slice(1)}" width="6" height="10" patternUnits="userSpaceOnUse"><rect width="6" height="10" fill="#fff"/><rect width="3" height="10" fill="${c}"/></pattern>`,
    )
    .join('');
  return (
    `<svg class="gantt" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${esc(caption)}" xmlns="http://www.w3.org/2000/svg">` +
    `<defs>${patterns}</defs>${under}${rows.join('')}${over}</svg>`
  );
}

/** The month load as columns: items under way in each month, the count above each column. */
export function loadSvg(months: readonly MonthLoad[], window: Window, asOf: string | null): string {
  const height = 150;
  const top = AXIS_HEIGHT + 14;
  const max = Math.max(1, ...months.map((m) => m.active));
  const x = scale(window);
  const { under, over } = frame(window, height, asOf);
  const cols = months.map((m) => {
    const x0 = x(`${m.month}-01`);
    const next = nextMonthStart(m.month);
    const x1 = next <= window.end ? x(next) : CHART_RIGHT;
    const h = ((height - top - 4) * m.active) / max;
    const w = (x1 - x0) * 0.6;
    const cx = (x0 + x1) / 2;
    return (
      `<g class="month-load"><title>${esc(`${monthShort(m.month)} ${m.month.slice(0, 4)}: идёт ${m.active}, начинается ${m.starting}, заканчивается ${m.ending}`)}</title>` +
      `<rect class="load" x="${round(cx - w / 2)}" y="${round(height - 4 - h)}" width="${round(w)}" height="${round(h)}"/>` +
      `<text class="count" x="${round(cx)}" y="${round(height - 8 - h)}">${m.active}</text></g>`
    );
  });
  const label = `<text class="label" x="4" y="${height - 8}">Пунктов в работе</text>`;
  return (
    `<svg class="load-chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Нагрузка по месяцам" xmlns="http://www.w3.org/2000/svg">` +
    `${under}${label}${cols.join('')}${over}</svg>`
  );
}
