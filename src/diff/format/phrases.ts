// The words of the human-readable diffs (text and markdown), in Russian like the plans they describe:
// field names, dates, day counts with their plural forms, and the sentences both formats share.
import type { Period, Timeframe } from '../../model/index.js';
import type { Counts, DayShift, DiffAspect, DiffSide, ItemRef, Move, PlanGap, RequisiteChange, RoadmapDiff } from '../diff-result.js';

export const REQUISITE_LABEL: Record<RequisiteChange['field'], string> = {
  type: 'вид акта',
  issuer: 'издатель',
  date: 'дата',
  number: 'номер',
  place: 'место',
  title: 'заголовок',
};

export const FIELD_LABEL: Record<string, string> = {
  activity: 'мероприятие',
  timeframe: 'срок',
  responsible: 'исполнители',
  result: 'результат',
  indicator: 'показатель',
  info: 'информационное сопровождение',
  links: 'ссылки',
  extra: 'колонка',
  report: 'отчёт',
};

const DOCUMENT_TYPE: Record<DiffSide['type'], string> = {
  order: 'приказ',
  directive: 'распоряжение',
  resolution: 'постановление',
  decision: 'решение',
  report: 'отчёт',
  plan: 'план',
  unknown: 'документ',
};

const COLUMN_ROLE: Record<string, string> = {
  number: 'номер',
  activity: 'мероприятие',
  timeframe: 'срок',
  responsible: 'исполнители',
  result: 'результат',
  indicator: 'показатель',
  info: 'информация',
  report: 'отчёт',
  other: 'прочее',
};

/** 2022-03-01 → 01.03.2022; anything else as it is. */
export function ruDate(iso: string | null): string {
  if (iso == null) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** «1 день», «3 дня», «14 дней». */
export function days(n: number): string {
  const abs = Math.abs(n);
  const d10 = abs % 10;
  const d100 = abs % 100;
  const word = d10 === 1 && d100 !== 11 ? 'день' : d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14) ? 'дня' : 'дней';
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${abs} ${word}`;
}

/** «срок сдвинут на +14 дней», or how the start and the end moved; '' when no day count applies. */
export function shiftPhrase(shift: DayShift | null): string {
  if (!shift) return '';
  if (shift.start === null || shift.start === shift.end) return shift.end === 0 ? '' : `срок сдвинут на ${days(shift.end)}`;
  const parts: string[] = [];
  if (shift.start !== 0) parts.push(`начало на ${days(shift.start)}`);
  if (shift.end !== 0) parts.push(`окончание на ${days(shift.end)}`);
  return parts.length === 0 ? '' : `сдвинуто ${parts.join(', ')}`;
}

export function periodText(p: Period): string {
  if (p.start === null) return `до ${ruDate(p.end)}`;
  return p.start === p.end ? ruDate(p.end) : `${ruDate(p.start)}–${ruDate(p.end)}`;
}

/** A timeframe as written, or as its periods when the cell says nothing. */
export function timeframeText(t: Timeframe): string {
  if (t.text) return `«${t.text}»`;
  return t.periods.length ? t.periods.map(periodText).join(', ') : '(нет срока)';
}

/** The two sides of a changed timeframe: the cells, or their periods when the cells read alike. */
export function timeframeSides(a: Timeframe, b: Timeframe, sameWording: boolean): [string, string] {
  if (!sameWording) return [timeframeText(a), timeframeText(b)];
  const dated = (t: Timeframe) => (t.periods.length ? t.periods.map(periodText).join(', ') : t.kind) + (t.recurrence ? ` (${t.recurrence})` : '');
  return [dated(a), dated(b)];
}

/** A requisite as a reader writes it: a date as 30.12.2021, an act type in words, «—» for none. */
export function requisiteValue(field: RequisiteChange['field'], value: string | null): string {
  if (value == null) return '—';
  if (field === 'date') return ruDate(value);
  if (field === 'type') return DOCUMENT_TYPE[value as DiffSide['type']] ?? value;
  return value;
}

/** «приказ от 30.12.2021 № 245-ссл/г». */
export function actLabel(side: DiffSide): string {
  const parts = [DOCUMENT_TYPE[side.type]];
  if (side.date) parts.push(`от ${ruDate(side.date)}`);
  if (side.number) parts.push(`№ ${side.number}`);
  return parts.join(' ');
}

export function columnLabel(c: { header: string; role: string }): string {
  return `«${c.header}» (${COLUMN_ROLE[c.role] ?? c.role})`;
}

/** «6.», «1 → 6.» when the number changed, «(без номера)». */
export function numberLabel(a: ItemRef | null, b: ItemRef | null): string {
  const na = a?.number ?? null;
  const nb = b?.number ?? null;
  if (a && b && na !== nb) return `${na ?? '(без номера)'} → ${nb ?? '(без номера)'}.`;
  const n = (b ?? a)!.number;
  return n == null ? '(без номера)' : `${n}.`;
}

export function activityLabel(ref: ItemRef, max = 160): string {
  const text = ref.activity ?? '(без текста)';
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** What kind of move: «порядок изменён», «перенумерован», «в другом разделе». */
export function movePhrase(move: Move, a: ItemRef, b: ItemRef): string {
  const parts: string[] = [];
  if (move.reordered) parts.push(move.after ? `теперь после пункта ${move.after}` : 'место в плане изменилось');
  if (move.renumbered) parts.push(`номер ${a.number ?? '(нет)'} → ${b.number ?? '(нет)'}`);
  if (move.section) parts.push(`раздел: ${sectionName(a.section)} → ${sectionName(b.section)}`);
  return `перемещён: ${parts.join('; ')}`;
}

function sectionName(s: string | null): string {
  if (s == null) return 'без раздела';
  return /^[\d.]+$/u.test(s) ? `раздел ${s}` : `«${s.length > 70 ? `${s.slice(0, 69).trimEnd()}…` : s}»`;
}

export function numberingNote(r: RoadmapDiff): string | null {
  if (r.numbering !== 'unstable') return null;
  return 'нумерация пунктов не совпадает: пункты сопоставлены по формулировке';
}

export function gapPhrase(g: PlanGap): string {
  switch (g.reason) {
    case 'absent':
      return 'нет в отчёте';
    case 'empty':
      return 'отметки нет';
    case 'not_done':
      return `отметка: «${g.text}»`;
  }
}

export function totalsLine(c: Counts): string {
  const parts = [`сопоставлено ${c.matched}`];
  const detail: string[] = [];
  if (c.changed) detail.push(`изменено ${c.changed}`);
  if (c.moved) detail.push(`перемещено ${c.moved}`);
  if (c.unchanged) detail.push(`без изменений ${c.unchanged}`);
  if (detail.length) parts[0] += ` (${detail.join(', ')})`;
  if (c.removed) parts.push(`удалено ${c.removed}`);
  if (c.added) parts.push(`добавлено ${c.added}`);
  return `пунктов: в A ${c.itemsA}, в B ${c.itemsB}; ${parts.join(', ')}`;
}

export function onlyNote(only: readonly DiffAspect[] | null): string | null {
  return only ? `показано только: ${only.join(', ')}` : null;
}

export const SAME = 'различий нет';
