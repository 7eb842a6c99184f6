// The report as an iCalendar file (RFC 5545), so the plan goes into a calendar: an all-day event per
// dated item (one per period when it has several), a deadline on its day, a repeating item as one
// event with an RRULE. Items without dates («по запросу», «по графику») have no event.
import { addDays } from '../../dates/calendar.js';
import { contentLines, escapeText, icsDate, icsStamp } from '../ics/content-lines.js';
import { itemUids } from '../ics/event-uid.js';
import { repeatRule } from '../ics/rrule.js';
import { documentLine, itemSectionLine } from '../ru-words.js';
import type { Report, ReportItem, ReportSource } from '../report-model.js';
import { itemNumber, responsibleList } from '../item-groups.js';

export interface IcsOptions {
  /** DTSTAMP: when the calendar was made (now by default; fixed in tests). */
  stamp?: Date;
}

export function formatIcs(report: Report, options: IcsOptions = {}): string {
  const stamp = icsStamp(options.stamp ?? new Date());
  const uids = itemUids(report.items, report.sources);
  const sources = new Map(report.sources.map((s) => [s.label, s]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//roadmap//roadmap report//RU', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  lines.push(`X-WR-CALNAME:${escapeText(calendarName(report))}`);
  report.items.forEach((item, i) => {
    for (const e of itemEvents(item, sources.get(item.source)!, uids[i]!)) {
      lines.push('BEGIN:VEVENT', `UID:${e.uid}`, `DTSTAMP:${stamp}`, `DTSTART;VALUE=DATE:${icsDate(e.start)}`, `DTEND;VALUE=DATE:${icsDate(addDays(e.end, 1))}`);
      if (e.rrule) lines.push(`RRULE:${e.rrule}`);
      lines.push(`SUMMARY:${escapeText(e.summary)}`, `DESCRIPTION:${escapeText(e.description)}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
    }
  });
  lines.push('END:VCALENDAR');
  return contentLines(lines);
}

interface PlanEvent {
  uid: string;
  /** First and last day, inclusive. */
  start: string;
  end: string;
  rrule: string | null;
  summary: string;
  description: string;
}

function itemEvents(item: ReportItem, source: ReportSource, uid: string): PlanEvent[] {
  const periods = item.timeframe.periods;
  const title = `${itemNumber(item)}. ${item.activity ?? item.timeframe.text ?? ''}`.trim();
  const only = periods.length === 1 ? periods[0]! : null;
  if (item.timeframe.kind === 'recurring' && only && only.start !== null) {
    const repeat = repeatRule(item.timeframe.recurrence, only.start, only.end);
    if (repeat) {
      const note = repeat.dayStated ? null : 'Дни повторения в плане не названы: в календаре они отсчитаны от начала срока.';
      return [
        {
          uid,
          start: repeat.first,
          end: repeat.first,
          rrule: `${repeat.rule};UNTIL=${icsDate(only.end)}`,
          summary: title,
          description: describe(item, source, note),
        },
      ];
    }
  }
  return periods.map((p, k) => ({
    uid: periods.length > 1 ? uid.replace('@', `-${k + 1}@`) : uid,
    start: p.start ?? p.end,
    end: p.end,
    rrule: null,
    summary: p.start === null ? `Срок: ${title}` : title,
    description: describe(item, source, null),
  }));
}

function describe(item: ReportItem, source: ReportSource, note: string | null): string {
  const lines = [`Сроки: ${item.timeframe.text ?? '—'}`];
  if (note) lines.push(note);
  if (item.responsible.length) lines.push(`Ответственные: ${responsibleList(item, '; ')}`);
  if (item.result) lines.push(`Ожидаемый результат: ${item.result}`);
  if (item.indicator) lines.push(`Показатель: ${item.indicator}`);
  const section = itemSectionLine(item);
  if (section) lines.push(`Раздел: ${section}`);
  lines.push(`Документ: ${documentLine(source.document)}${source.document.issuer ? `, ${source.document.issuer}` : ''}`);
  lines.push(`Источник: ${source.label}${item.at ? `, строка ${item.at.row} таблицы ${item.at.table}` : ''}`);
  return lines.join('\n');
}

function calendarName(report: Report): string {
  if (report.sources.length === 1) {
    const s = report.sources[0]!;
    return s.roadmaps[0]?.title ?? s.document.title ?? s.label;
  }
  return `Дорожные карты: ${report.sources.map((s) => s.label).join(', ')}`;
}
