// The Russian words the human-readable formats use: timeframe kinds, statuses, months, dates.
// The plans and their readers are Russian; JSON keeps the model's English codes.
import type { TimeframeKind } from '../model/index.js';
import type { ItemStatus } from '../item-status/item-status.js';

export const KIND_WORDS: Record<TimeframeKind, string> = {
  date: 'дата',
  range: 'период',
  multi: 'несколько сроков',
  deadline: 'срок «не позднее»',
  recurring: 'регулярно',
  ongoing: 'в течение периода',
  on_request: 'по запросу',
  per_schedule: 'по графику',
  none: 'срок не указан или не прочитан',
};

export const STATUS_WORDS: Record<ItemStatus, string> = {
  done: 'выполнено',
  not_done: 'не выполнено',
  ongoing: 'идёт',
  upcoming: 'предстоит',
  overdue: 'просрочено',
  undated: 'без дат',
};

/** What each status means, for the legend under the status table. */
export const STATUS_NOTES: Record<ItemStatus, string> = {
  done: 'графа отчёта отмечает выполнение',
  not_done: 'графа отчёта отмечает невыполнение или перенос, а дат нет',
  ongoing: 'срок идёт на эту дату',
  upcoming: 'срок ещё не начался',
  overdue: 'срок прошёл, отметки о выполнении нет',
  undated: 'в сроке нет дат («по запросу», «по графику»)',
};

const MONTHS_SHORT = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
const MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь', 'октябрь', 'ноябрь', 'декабрь'];

/** «янв» for 2022-01. */
export function monthShort(ym: string): string {
  return MONTHS_SHORT[Number(ym.slice(5, 7)) - 1]!;
}

/** «январь 2022» for 2022-01. */
export function monthLong(ym: string): string {
  return `${MONTHS[Number(ym.slice(5, 7)) - 1]!} ${ym.slice(0, 4)}`;
}

/** 2022-02-16 -> 16.02.2022 */
export function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** «01.01.2022 – 31.12.2022», or «по 16.02.2022» for an open start. */
export function ruSpan(span: { start: string | null; end: string } | null): string {
  if (!span) return '';
  if (span.start === null) return `по ${ruDate(span.end)}`;
  if (span.start === span.end) return ruDate(span.start);
  return `${ruDate(span.start)} – ${ruDate(span.end)}`;
}

const DOCUMENT_WORDS: Record<string, string> = {
  order: 'Приказ',
  directive: 'Распоряжение',
  resolution: 'Постановление',
  decision: 'Решение',
  report: 'Отчёт',
  plan: 'План',
};

/** «Приказ № 19/1 от 16.02.2022» */
export function documentLine(d: { type: string; typeLabel: string | null; number: string | null; date: string | null }): string {
  const kind = DOCUMENT_WORDS[d.type] ?? (d.typeLabel ? capitalize(d.typeLabel.toLocaleLowerCase('ru')) : 'Документ');
  return [kind, d.number ? `№ ${d.number}` : null, d.date ? `от ${ruDate(d.date)}` : null].filter(Boolean).join(' ');
}

export function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
}

/** «Раздел 2. Мероприятия …», the title alone for unnumbered sections, «Без раздела» for none. */
export function sectionLine(s: { number: string | null; title: string | null; section: string | null }): string {
  if (s.section === null) return 'Без раздела';
  if (s.number && s.title) return `${s.number}. ${s.title}`;
  return s.title ?? s.section;
}

/** The section line of an item: «2. Мероприятия …» (its section's number and title), or the title alone. */
export function itemSectionLine(item: { section: string | null; sectionTitle: string | null }): string {
  if (item.section === null) return '';
  if (item.sectionTitle && item.sectionTitle !== item.section) return `${item.section}. ${item.sectionTitle}`;
  return item.sectionTitle ?? item.section;
}

/** Every period of a timeframe: «10.02.2022 – 23.06.2022; 15.09.2022 – 22.12.2022». */
export function ruPeriods(periods: ReadonlyArray<{ start: string | null; end: string }>): string {
  return periods.map((p) => ruSpan(p)).join('; ');
}
