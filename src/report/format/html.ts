// The report as one self-contained HTML file: inline CSS and SVG only — no scripts, fonts, images or
// anything else fetched (a Content-Security-Policy says so to the browser) — laid out to print on A4.
import type { ItemStatus } from '../../item-status/item-status.js';
import { groupItems, isCombined, itemNumber, responsibleList } from '../item-groups.js';
import type { Report, ReportItem } from '../report-model.js';
import { KIND_WORDS, STATUS_NOTES, STATUS_WORDS, documentLine, ruDate, ruPeriods, ruSpan, sectionLine } from '../ru-words.js';
import { STATUSES } from '../status-summary.js';
import { ganttSvg, loadSvg, STATUS_COLORS } from './gantt-svg.js';
import { esc } from './html-text.js';

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 24px; font: 14px/1.45 system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; color: #1d2733; background: #fff; }
h1 { font-size: 22px; margin: 0 0 6px; }
h2 { font-size: 17px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid #d5dde5; }
h3 { font-size: 14px; margin: 16px 0 4px; }
.meta { color: #4a5a6a; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; }
th, td { border: 1px solid #d5dde5; padding: 3px 6px; vertical-align: top; text-align: left; }
th { background: #eef3f7; font-weight: 600; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: 600; background: #f6f8fa; }
.cards { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.card { border: 1px solid #d5dde5; border-left: 6px solid var(--c); border-radius: 4px; padding: 6px 10px; min-width: 120px; }
.card b { display: block; font-size: 20px; }
.note { background: #fff8e1; border: 1px solid #f3d98b; padding: 6px 10px; border-radius: 4px; }
ul.items { margin: 4px 0; padding-left: 20px; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; color: #4a5a6a; font-size: 12px; margin: 4px 0 8px; }
.swatch { display: inline-block; width: 18px; height: 10px; border-radius: 2px; vertical-align: middle; margin-right: 4px; }
.chart-group { break-inside: avoid; page-break-inside: avoid; }
svg { display: block; width: 100%; height: auto; }
svg text { font: 11px system-ui, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; fill: #1d2733; }
svg .month { text-anchor: middle; fill: #4a5a6a; }
svg .band { fill: #f3f6f9; }
svg .grid { stroke: #d5dde5; stroke-width: 1; }
svg .bar.due-soon { stroke: #f9a825; stroke-width: 2.5; }
svg .as-of line { stroke: #d32f2f; stroke-width: 2; stroke-dasharray: 5 3; }
svg .as-of text { fill: #d32f2f; font-weight: 600; text-anchor: middle; }
svg .load { fill: #8fb3d1; }
svg .count { text-anchor: middle; font-size: 10px; }
.status { white-space: nowrap; }
.print-only { display: none; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 9.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, .card, li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .print-only { display: block; color: #4a5a6a; font-size: 8pt; margin-top: 12px; }
}
`;

export function formatHtml(report: Report): string {
  const title = pageTitle(report);
  const body = [header(report), status(report), sections(report), timeline(report), kinds(report), parties(report), itemTable(report)];
  const footer = `<p class="print-only">roadmap report${report.asOf ? ` · состояние на ${ruDate(report.asOf)}` : ''} · ${esc(report.sources.map((s) => s.label).join(', '))}</p>`;
  return `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.filter((b) => b !== '').join('\n')}
${footer}
</body>
</html>
`;
}

function pageTitle(report: Report): string {
  if (isCombined(report)) return `Сводный отчёт по дорожным картам (${report.sources.length})`;
  const s = report.sources[0];
  return s?.roadmaps[0]?.title ?? s?.document.title ?? 'Отчёт по дорожной карте';
}

function table(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, numeric: readonly boolean[] = [], totalLast = false): string {
  const cls = (i: number) => (numeric[i] ? ' class="n"' : '');
  const head = `<thead><tr>${headers.map((h, i) => `<th${cls(i)}>${h}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((r, k) => `<tr${totalLast && k === rows.length - 1 ? ' class="total"' : ''}>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join('')}</tr>`)
    .join('\n');
  return `<table>${head}<tbody>\n${body}\n</tbody></table>`;
}

function header(report: Report): string {
  const asOf = report.asOf ? ` · состояние на <b>${ruDate(report.asOf)}</b>` : '';
  if (!isCombined(report)) {
    const s = report.sources[0];
    if (!s) return '<h1>Отчёт по дорожной карте</h1><p>Нет пунктов.</p>';
    const periods = s.roadmaps.map((r) => ruSpan(r.period)).filter((p) => p !== '');
    return [
      `<header><h1>${esc(pageTitle(report))}</h1>`,
      ...s.roadmaps.slice(1).map((r) => `<p class="meta">и ${esc(r.title)}</p>`),
      `<p class="meta">${esc(documentLine(s.document))}${s.document.issuer ? ` · ${esc(s.document.issuer)}` : ''}</p>`,
      `<p class="meta">Источник: ${esc(s.label)} · период плана: ${periods.join('; ') || 'не указан'} · пунктов: ${s.items}${asOf}</p></header>`,
    ].join('\n');
  }
  const rows = report.sources.map((s) => [
    esc(s.label),
    esc(documentLine(s.document)),
    esc(s.document.issuer),
    esc(s.roadmaps.map((r) => r.title).join('; ')),
    s.roadmaps.map((r) => ruSpan(r.period)).join('; '),
    String(s.items),
  ]);
  return [
    `<header><h1>${esc(pageTitle(report))}</h1>`,
    `<p class="meta">Источников: ${report.sources.length} · пунктов: ${report.summary.items}${asOf}</p></header>`,
    table(['Источник', 'Документ', 'Орган', 'Дорожная карта', 'Период', 'Пунктов'], rows, [false, false, false, false, false, true]),
  ].join('\n');
}

function status(report: Report): string {
  const st = report.summary.status;
  if (!st) return '';
  const card = (s: ItemStatus) =>
    `<div class="card" style="--c:${STATUS_COLORS[s]}" title="${esc(STATUS_NOTES[s])}"><b>${st.counts[s]}</b>${STATUS_WORDS[s]}</div>`;
  const out = [
    `<h2>Состояние на ${ruDate(st.asOf)}</h2>`,
    `<div class="cards">${STATUSES.map(card).join('')}<div class="card" style="--c:#f9a825"><b>${st.dueSoon}</b>срок в ближайшие ${st.dueWithinDays} дней</div></div>`,
    `<p class="meta">${STATUSES.map((s) => `<b>${STATUS_WORDS[s]}</b> — ${esc(STATUS_NOTES[s])}`).join('; ')}.</p>`,
  ];
  if (!st.reportColumn) out.push('<p class="note">В плане нет графы об исполнении: «просрочено» значит только, что срок прошёл.</p>');
  if (isCombined(report)) {
    const rows = report.sources.map((s) => [esc(s.label), ...STATUSES.map((k) => String(st.bySource[s.label]?.[k] ?? 0)), String(st.bySource[s.label]?.dueSoon ?? 0), String(s.items)]);
    out.push(table(['Источник', ...STATUSES.map((s) => STATUS_WORDS[s]), `≤ ${st.dueWithinDays} дней`, 'Пунктов'], rows, [false, ...STATUSES.map(() => true), true, true]));
  }
  out.push(`<h3>Срок в ближайшие ${st.dueWithinDays} дней (${ruDate(st.asOf)} – ${ruDate(st.dueBy)})</h3>`, itemList(report, report.items.filter((i) => i.dueSoon)));
  out.push('<h3>Просрочено</h3>', itemList(report, report.items.filter((i) => i.status === 'overdue')));
  const notDone = report.items.filter((i) => i.status === 'not_done');
  if (notDone.length) out.push('<h3>Не выполнено (по отметке в отчёте)</h3>', itemList(report, notDone));
  return `<section id="status">\n${out.join('\n')}\n</section>`;
}

function itemList(report: Report, items: readonly ReportItem[]): string {
  if (items.length === 0) return '<p>Нет.</p>';
  const combined = isCombined(report);
  const li = (i: ReportItem) =>
    `<li>${combined ? `${esc(i.source)}: ` : ''}<b>${esc(itemNumber(i))}</b> ${esc(i.activity)} — <i>${esc(i.timeframe.text ?? 'срок не указан')}</i>${i.responsible.length ? ` · ${esc(responsibleList(i))}` : ''}</li>`;
  return `<ul class="items">\n${items.map(li).join('\n')}\n</ul>`;
}

function sections(report: Report): string {
  const combined = isCombined(report);
  const st = report.summary.status;
  const headers = [...(combined ? ['Источник'] : []), 'Раздел', 'Пунктов', ...(st ? [...STATUSES.map((s) => STATUS_WORDS[s]), `≤ ${st.dueWithinDays} дней`] : [])];
  const numeric = headers.map((_, i) => i >= (combined ? 2 : 1));
  const rows = report.summary.sections.map((s) => [
    ...(combined ? [esc(s.source)] : []),
    esc(sectionLine(s)),
    String(s.items),
    ...(st && s.status ? [...STATUSES.map((k) => String(s.status![k] ?? 0)), String(s.status.dueSoon)] : []),
  ]);
  rows.push([...(combined ? [''] : []), 'Всего', String(report.summary.items), ...(st ? [...STATUSES.map((k) => String(st.counts[k])), String(st.dueSoon)] : [])]);
  return `<section id="sections">\n<h2>Разделы</h2>\n${table(headers, rows, numeric, true)}\n</section>`;
}

function timeline(report: Report): string {
  const tl = report.timeline;
  if (!tl) return '';
  const window = { start: tl.start, end: tl.end };
  const out = [`<h2>Нагрузка по месяцам</h2>`, `<div class="chart-group">${loadSvg(tl.months, window, report.asOf)}</div>`];
  if (tl.outside > 0) out.push(`<p class="meta">Вне периода плана (${ruDate(tl.start)} – ${ruDate(tl.end)}): ${tl.outside} пункт(ов); на графике — стрелкой у края.</p>`);
  const st = report.summary.status;
  const swatch = (color: string, text: string) => `<span><span class="swatch" style="background:${color}"></span>${esc(text)}</span>`;
  const legend = [
    ...(st ? (['done', 'ongoing', 'upcoming', 'overdue', 'not_done'] as const).map((s) => swatch(STATUS_COLORS[s], STATUS_WORDS[s])) : [swatch(STATUS_COLORS.plan, 'срок идёт')]),
    `<span><span class="swatch" style="background:repeating-linear-gradient(90deg,#555 0 3px,#fff 3px 6px)"></span>повторяется</span>`,
    '<span>◆ дата или срок «не позднее»</span>',
    '<span>◂ ▸ даты за пределами периода плана</span>',
    ...(st ? [`<span><span class="swatch" style="background:#fff;border:2px solid #f9a825"></span>срок в ближайшие ${st.dueWithinDays} дней</span>`] : []),
    ...(report.asOf ? [`<span><span class="swatch" style="background:#d32f2f;height:2px"></span>дата отчёта ${ruDate(report.asOf)}</span>`] : []),
  ];
  out.push('<h2>Календарный план</h2>', `<div class="legend">${legend.join('')}</div>`);
  const combined = isCombined(report);
  for (const g of groupItems(report)) {
    const caption = [combined ? g.source : null, g.section.section !== null ? sectionLine(g.section) : null].filter(Boolean).join(' — ') || 'Пункты плана';
    out.push(`<div class="chart-group"><h3>${esc(caption)}</h3>${ganttSvg(g.items, window, report.asOf, caption)}</div>`);
  }
  return `<section id="timeline">\n${out.join('\n')}\n</section>`;
}

function kinds(report: Report): string {
  const combined = isCombined(report);
  const labels = report.sources.map((s) => s.label);
  const headers = ['Вид срока', ...(combined ? labels.map(esc) : []), 'Пунктов', 'Например'];
  const rows = report.summary.kinds.map((k) => [
    esc(KIND_WORDS[k.kind]),
    ...(combined ? labels.map((l) => String(k.bySource[l] ?? 0)) : []),
    String(k.items),
    k.example ? `«${esc(k.example)}»` : '—',
  ]);
  const numeric = headers.map((_, i) => i > 0 && i < headers.length - 1);
  return `<section id="kinds">\n<h2>Виды сроков</h2>\n${table(headers, rows, numeric)}\n</section>`;
}

function parties(report: Report): string {
  const combined = isCombined(report);
  const rows = report.summary.parties.map((p) => [
    esc(p.label),
    String(p.items),
    p.names.map((n) => `«${esc(n.name)}» (${n.items})`).join('<br>'),
    ...(combined ? [Object.entries(p.bySource).map(([s, n]) => `${esc(s)}: ${n}`).join('<br>')] : []),
  ]);
  return [
    '<section id="parties">',
    '<h2>Ответственные</h2>',
    '<p class="meta">Написания одного ответственного сведены вместе (регистр, кавычки, «проекта» после роли, сокращение «(далее – …)» из документа); пункт считается у ответственного один раз.</p>',
    table(['Ответственный', 'Пунктов', 'Как записан в плане (пунктов)', ...(combined ? ['По источникам'] : [])], rows, [false, true, false, false]),
    '</section>',
  ].join('\n');
}

function itemTable(report: Report): string {
  const combined = isCombined(report);
  const st = report.summary.status;
  // the source and section are in each table's caption
  const headers = ['№', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат', ...(st ? ['Состояние'] : [])];
  const out: string[] = ['<section id="items">', '<h2>Пункты плана</h2>'];
  for (const g of groupItems(report)) {
    const caption = [combined ? g.source : null, g.section.section !== null ? sectionLine(g.section) : null].filter(Boolean).join(' — ');
    if (caption) out.push(`<h3>${esc(caption)}</h3>`);
    const rows = g.items.map((i) => [
      esc(itemNumber(i)),
      esc(i.activity),
      `${esc(i.timeframe.text ?? '—')}<br><small>${esc(KIND_WORDS[i.timeframe.kind])}${i.timeframe.periods.length ? `: ${ruPeriods(i.timeframe.periods)}` : ''}</small>`,
      esc(responsibleList(i)),
      esc(i.result ?? i.indicator),
      ...(st ? [`<span class="status" style="color:${STATUS_COLORS[i.status!]}">${STATUS_WORDS[i.status!]}${i.dueSoon ? `<br><small>срок в ближайшие ${st.dueWithinDays} дней</small>` : ''}</span>`] : []),
    ]);
    out.push(table(headers, rows));
  }
  out.push('</section>');
  return out.join('\n');
}
