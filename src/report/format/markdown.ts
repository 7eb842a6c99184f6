// The report as Markdown (the default format): the summary tables, the lists a coordinator acts on
// (due soon, overdue), the load by month, and the plan as a table of months.
import { STATUS_NOTES, STATUS_WORDS, KIND_WORDS, documentLine, monthLong, monthShort, ruDate, ruSpan, sectionLine } from '../ru-words.js';
import type { Report, ReportItem } from '../report-model.js';
import { STATUSES } from '../status-summary.js';
import { beyondWindow, monthMark, monthsOf, type MonthMark } from '../timeline.js';
import { groupItems, isCombined, itemNumber, responsibleList } from '../item-groups.js';
import { shorten } from '../short-text.js';
import { mdCode, mdTable, mdText, type Align } from './markdown-table.js';

const MARKS: Record<Exclude<MonthMark, null>, string> = { span: '■', point: '●', repeat: '↻' };

export function formatMarkdown(report: Report): string {
  const parts = [header(report), status(report), sections(report), kinds(report), parties(report), load(report), grid(report)];
  return parts.filter((p) => p !== '').join('\n\n') + '\n';
}

function header(report: Report): string {
  const lines: string[] = [];
  const asOf = report.asOf ? ` · состояние на ${ruDate(report.asOf)}` : '';
  if (!isCombined(report)) {
    const s = report.sources[0];
    if (!s) return '# Отчёт по дорожной карте\n\nНет пунктов.';
    const titles = s.roadmaps.map((r) => r.title).filter((t): t is string => t !== null);
    lines.push(`# ${mdText(titles[0] ?? s.document.title ?? 'Дорожная карта')}`, '');
    for (const t of titles.slice(1)) lines.push(`и ${mdText(t)}`, '');
    lines.push(`${documentLine(s.document)}${s.document.issuer ? ` · ${mdText(s.document.issuer)}` : ''}  `);
    const periods = s.roadmaps.map((r) => ruSpan(r.period)).filter((p) => p !== '');
    lines.push(`Источник: ${mdCode(s.label)} · период плана: ${periods.join('; ') || 'не указан'} · пунктов: ${s.items}${asOf}`);
    return lines.join('\n');
  }
  lines.push(`# Сводный отчёт по дорожным картам`, '');
  lines.push(`Источников: ${report.sources.length} · пунктов: ${report.summary.items}${asOf}`, '');
  lines.push(
    mdTable(
      ['Источник', 'Документ', 'Орган', 'Дорожная карта', 'Период', 'Пунктов'],
      report.sources.map((s) => [
        mdCode(s.label),
        mdText(documentLine(s.document)),
        mdText(s.document.issuer),
        mdText(s.roadmaps.map((r) => shorten(r.title, 120)).join('; ')),
        s.roadmaps.map((r) => ruSpan(r.period)).join('; '),
        String(s.items),
      ]),
      ['left', 'left', 'left', 'left', 'left', 'right'],
    ),
  );
  return lines.join('\n');
}

function status(report: Report): string {
  const st = report.summary.status;
  if (!st) return '';
  const combined = isCombined(report);
  const labels = report.sources.map((s) => s.label);
  const out: string[] = [`## Состояние на ${ruDate(st.asOf)}`, ''];
  const headers = ['Состояние', ...(combined ? labels.map(mdCode) : []), 'Пунктов', 'Что это значит'];
  const align: Align[] = ['left', ...(combined ? labels.map(() => 'right' as const) : []), 'right', 'left'];
  const rows = STATUSES.map((s) => [
    STATUS_WORDS[s],
    ...(combined ? labels.map((l) => String(st.bySource[l]?.[s] ?? 0)) : []),
    String(st.counts[s]),
    STATUS_NOTES[s],
  ]);
  rows.push(['**всего**', ...(combined ? report.sources.map((s) => `**${s.items}**`) : []), `**${report.summary.items}**`, '']);
  rows.push([
    `срок в ближайшие ${st.dueWithinDays} дней`,
    ...(combined ? labels.map((l) => String(st.bySource[l]?.dueSoon ?? 0)) : []),
    String(st.dueSoon),
    `не выполнено, и срок (или его часть) кончается по ${ruDate(st.dueBy)}`,
  ]);
  out.push(mdTable(headers, rows, align));
  if (!st.reportColumn) {
    out.push('', '> В плане нет графы об исполнении: «просрочено» значит только, что срок прошёл.');
  }
  const due = report.items.filter((i) => i.dueSoon);
  out.push('', `### Срок в ближайшие ${st.dueWithinDays} дней (${ruDate(st.asOf)} – ${ruDate(st.dueBy)})`, '', itemList(report, due));
  const overdue = report.items.filter((i) => i.status === 'overdue');
  out.push('', '### Просрочено', '', itemList(report, overdue));
  const notDone = report.items.filter((i) => i.status === 'not_done');
  if (notDone.length > 0) out.push('', '### Не выполнено (по отметке в отчёте)', '', itemList(report, notDone));
  return out.join('\n');
}

function itemList(report: Report, items: readonly ReportItem[]): string {
  if (items.length === 0) return 'Нет.';
  const combined = isCombined(report);
  return items
    .map((i) => {
      const who = i.responsible.length ? ` · ${mdText(responsibleList(i))}` : '';
      const src = combined ? `${mdCode(i.source)}: ` : '';
      return `- ${src}**${mdText(itemNumber(i))}** ${mdText(shorten(i.activity, 140))} — ${mdText(i.timeframe.text ?? 'срок не указан')}${who}`;
    })
    .join('\n');
}

function sections(report: Report): string {
  const combined = isCombined(report);
  const st = report.summary.status;
  const headers = [...(combined ? ['Источник'] : []), 'Раздел', 'Пунктов', ...(st ? [...STATUSES.map((s) => STATUS_WORDS[s]), `≤ ${st.dueWithinDays} дней`] : [])];
  const align: Align[] = [...(combined ? ['left' as const] : []), 'left', ...headers.slice(combined ? 2 : 1).map(() => 'right' as const)];
  const rows = report.summary.sections.map((s) => [
    ...(combined ? [mdCode(s.source)] : []),
    mdText(sectionLine(s)),
    String(s.items),
    ...(st && s.status ? [...STATUSES.map((k) => String(s.status![k] ?? 0)), String(s.status.dueSoon)] : []),
  ]);
  const totals = st ? [...STATUSES.map((k) => `**${st.counts[k]}**`), `**${st.dueSoon}**`] : [];
  rows.push([...(combined ? [''] : []), '**всего**', `**${report.summary.items}**`, ...totals]);
  return ['## Разделы', '', mdTable(headers, rows, align)].join('\n');
}

function kinds(report: Report): string {
  const combined = isCombined(report);
  const labels = report.sources.map((s) => s.label);
  const headers = ['Вид срока', ...(combined ? labels.map(mdCode) : []), 'Пунктов', 'Например'];
  const align: Align[] = ['left', ...(combined ? labels.map(() => 'right' as const) : []), 'right', 'left'];
  const rows = report.summary.kinds.map((k) => [
    KIND_WORDS[k.kind],
    ...(combined ? labels.map((l) => String(k.bySource[l] ?? 0)) : []),
    String(k.items),
    k.example ? `«${mdText(shorten(k.example, 80))}»` : '—',
  ]);
  return ['## Виды сроков', '', mdTable(headers, rows, align)].join('\n');
}

function parties(report: Report): string {
  const combined = isCombined(report);
  const headers = ['Ответственный', 'Пунктов', 'Как записан в плане (пунктов)', ...(combined ? ['По источникам'] : [])];
  const rows = report.summary.parties.map((p) => [
    mdText(p.label),
    String(p.items),
    p.names.map((n) => `«${mdText(n.name)}» (${n.items})`).join('; '),
    ...(combined ? [Object.entries(p.bySource).map(([s, n]) => `${mdCode(s)}: ${n}`).join('; ')] : []),
  ]);
  return [
    '## Ответственные',
    '',
    'Написания одного ответственного сведены вместе (регистр, кавычки, «проекта» после роли, сокращение «(далее – …)» из документа); пункт считается у ответственного один раз.',
    '',
    mdTable(headers, rows, ['left', 'right', 'left', 'left']),
  ].join('\n');
}

function load(report: Report): string {
  const tl = report.timeline;
  if (!tl) return '';
  const combined = isCombined(report);
  const labels = report.sources.map((s) => s.label);
  const max = Math.max(1, ...tl.months.map((m) => m.active));
  const asOfMonth = report.asOf?.slice(0, 7) ?? null;
  const headers = ['Месяц', ...(combined ? labels.map(mdCode) : []), 'Идёт', 'Начинается', 'Заканчивается', 'Нагрузка'];
  const align: Align[] = ['left', ...(combined ? labels.map(() => 'right' as const) : []), 'right', 'right', 'right', 'left'];
  const rows = tl.months.map((m) => [
    `${monthLong(m.month)}${m.month === asOfMonth ? ` ◀ ${ruDate(report.asOf!)}` : ''}`,
    ...(combined ? labels.map((l) => String(m.bySource[l] ?? 0)) : []),
    String(m.active),
    String(m.starting),
    String(m.ending),
    '█'.repeat(Math.round((m.active / max) * 20)),
  ]);
  const out = [
    '## Нагрузка по месяцам',
    '',
    `Идёт — пунктов, у которых на месяц приходится хотя бы один день срока (срок «не позднее» — только в месяце, где он наступает). Период: ${ruDate(tl.start)} – ${ruDate(tl.end)}.`,
    '',
    mdTable(headers, rows, align),
  ];
  if (tl.outside > 0) out.push('', `Вне периода плана: ${tl.outside} пункт(ов) с датами целиком до или после него.`);
  return out.join('\n');
}

function grid(report: Report): string {
  const tl = report.timeline;
  if (!tl) return '';
  const months = monthsOf(tl);
  const window = { start: tl.start, end: tl.end };
  const asOfMonth = report.asOf?.slice(0, 7) ?? null;
  const st = report.summary.status;
  const headers = ['№', 'Мероприятие', 'Сроки', ...(st ? ['Состояние'] : []), ...months.map((m) => (m === asOfMonth ? `${monthShort(m)} ▾` : monthShort(m)))];
  const fixed = headers.length - months.length;
  const align: Align[] = headers.map((_, i) => (i < fixed ? 'left' : 'center'));
  const rows: string[][] = [];
  const combined = isCombined(report);
  let lastSource: string | null = null;
  for (const g of groupItems(report)) {
    if (combined && g.source !== lastSource) {
      rows.push([`**${mdCode(g.source)}**`, ...headers.slice(1).map(() => '')]);
      lastSource = g.source;
    }
    if (g.section.section !== null || report.summary.sections.some((s) => s.source === g.source && s.section !== null)) {
      rows.push(['', `**${mdText(sectionLine(g.section))}**`, ...headers.slice(2).map(() => '')]);
    }
    for (const item of g.items) {
      const beyond = beyondWindow(item, window);
      const cells = months.map((m, i) => {
        const mark = monthMark(item, m);
        let cell = mark ? MARKS[mark] : '';
        if (i === 0 && beyond.before) cell = `◂${cell}`;
        if (i === months.length - 1 && beyond.after) cell = `${cell}▸`;
        return cell;
      });
      rows.push([
        mdText(itemNumber(item)),
        mdText(shorten(item.activity, 70)),
        mdText(shorten(item.timeframe.text, 60) || '—'),
        ...(st ? [item.status ? STATUS_WORDS[item.status] : ''] : []),
        ...cells,
      ]);
    }
  }
  const legend = `■ срок идёт · ● дата или срок «не позднее» · ↻ повторяется · ◂ ▸ даты до или после периода плана${asOfMonth ? ` · ▾ месяц даты отчёта (${ruDate(report.asOf!)})` : ''}`;
  return ['## Календарный план', '', legend, '', mdTable(headers, rows, align)].join('\n');
}
