// Timeframes set by another document: «По графику ФИОКО», «Согласно дорожной карте …», «По плану ИРО»,
// «План работы ММС», «В сроки, установленные Рособрнадзором», «в соответствии с графиком размещения документов».
import type { ScheduleMention } from '../mention.js';
import type { Parser } from '../parser.js';
import { LEFT } from '../word-boundary.js';

// the words after the schedule's name («ФИОКО», «курсовых мероприятий»); a later date cuts it short (overlap.ts)
const TAIL = '((?:\\s[\\p{L}«»"\'-][\\p{L}«»"\'.-]*)*)';

const PER = new RegExp(
  `${LEFT}(по|согласно|в\\sсоответствии\\sсо?)\\s(?:\\p{L}+(?:ому|ему|ым|им|ой|ей)\\s)?` +
    '(график\\p{L}*|план\\p{L}*|расписани\\p{L}*|календар\\p{L}*|регламент\\p{L}*|циклограмм\\p{L}*|дорожн\\p{L}*\\sкарт\\p{L}*|срок(?:ам|ами|и)|приказ\\p{L}*|положени\\p{L}*)(?!\\p{L})' +
    TAIL,
  'gu',
);
const WORK_PLAN = new RegExp(`${LEFT}план(?:ом|у)?\\sработы${TAIL}`, 'gu');
const SET_TERMS = new RegExp(
  `${LEFT}в\\s(?:сроки|срок|установленн\\p{L}*\\sсрок\\p{L}*)(?:\\s?,?\\s(?:установленн|определенн|утвержденн|предусмотренн|указанн)\\p{L}*${TAIL})?`,
  'gu',
);

function schedule(index: number, end: number, parser: string): ScheduleMention {
  return { type: 'schedule', index, end, parser };
}

export const perSchedule: Parser = {
  name: 'schedule',
  gate: /граф|план|распис|календ|регламент|циклограм|карт|срок|приказ|положен/,
  tier: 'secondary',
  pattern: PER,
  extract(m) {
    // «По срокам: 29.04.2022 …» introduces the dates that follow; it is no schedule
    if (m[1] === 'по' && m[2]!.startsWith('срок')) return null;
    return schedule(m.index, m.index + m[0].length, 'schedule');
  },
};

export const workPlan: Parser = {
  name: 'work-plan',
  gate: /план/,
  tier: 'secondary',
  pattern: WORK_PLAN,
  extract(m) {
    return schedule(m.index, m.index + m[0].length, 'work-plan');
  },
};

export const setTerms: Parser = {
  name: 'set-terms',
  gate: /срок/,
  tier: 'secondary',
  pattern: SET_TERMS,
  extract(m) {
    // «в сроки» alone says nothing; «в сроки, установленные …» and «в установленные сроки» do
    if (!m[0].includes('установленн') && !/(?:определенн|утвержденн|предусмотренн|указанн)/.test(m[0])) return null;
    return schedule(m.index, m.index + m[0].length, 'set-terms');
  },
};
