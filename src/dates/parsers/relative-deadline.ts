// Deadlines counted from something: «в течение 10 дней со дня подписания приказа», «в течение месяца с момента
// утверждения плана», «в 2-недельный срок», «не позднее 5 рабочих дней после проведения …». Counted from the act,
// they end at its date plus the term; counted from an undated event, they name no day.
import { COUNT_WORD, countValue } from '../counts.js';
import type { RelativeMention } from '../mention.js';
import type { Parser } from '../parser.js';
import { LEFT } from '../word-boundary.js';

// what the term is counted from: «со дня подписания приказа», «после проведения мероприятия»
const ANCHOR =
  '(?:\\s?,?\\s(со\\sдня|с\\sмомента|с\\sдаты|от\\sдаты|после|до|по\\sокончании|по\\sзавершении|с)((?:\\s[\\p{L}«»"\'-]+){1,6}))?';

const WITHIN = new RegExp(
  `${LEFT}(?:в\\sтечени[еи]|не\\sпозднее|не\\sпозже|в\\sсрок\\sне\\sпозднее|в\\sсрок\\sдо|через|за)\\s` +
    `(?:(\\d{1,3})(?:\\s?-?\\s?(?:х|ти|и|ми|ух|ех|ого))?\\s|(${COUNT_WORD})\\s)?` +
    '(?:(рабочих|календарных)\\s)?(дн(?:я|ей)|день|сут(?:ок|ки)|недел\\p{L}*|месяц\\p{L}*)(?!\\p{L})' +
    ANCHOR,
  'gu',
);

const TERM = new RegExp(
  `${LEFT}в\\s(?:(\\d{1,2})\\s?-?\\s?|(${COUNT_WORD})\\s?-?\\s?)?(дневн|недельн|месячн)\\p{L}*\\sсрок\\p{L}*` + ANCHOR,
  'gu',
);

// the act itself: its signing, issue, approval, entry into force
const ACT_EVENT = /^(?:подписани|издани|утвержд|принят|вступлени|опубликовани|регистрац)/;
const ACT_NOUN = /^(?:приказ|распоряжени|постановлени|план|дорожн|программ|решени|документ|акт)/;
const FILLER = new Set(['в', 'силу', 'настоящего', 'данного', 'этого', 'настоящей', 'данной']);

/** Whether the term runs from the act (its date known) or from some other event. */
function anchorOf(preposition: string | undefined, words: string | undefined): 'act' | 'event' {
  if (!preposition) return 'act';
  // «за 3 дня до …», «по окончании …» count to or from an event's end, never from the act
  if (preposition === 'до' || preposition === 'по окончании' || preposition === 'по завершении') return 'event';
  const list = (words ?? '').trim().split(' ').filter((w) => w && !FILLER.has(w));
  if (list.length === 0 || !ACT_EVENT.test(list[0]!)) return 'event';
  return list.length === 1 || ACT_NOUN.test(list[1]!) ? 'act' : 'event';
}

function unitOf(word: string): RelativeMention['unit'] {
  if (word.startsWith('недел')) return 'week';
  if (word.startsWith('месяц') || word.startsWith('месячн')) return 'month';
  return 'day';
}

function relative(
  index: number,
  end: number,
  parser: string,
  amount: number,
  unit: RelativeMention['unit'],
  anchor: RelativeMention['anchor'],
  workingDays: boolean,
): RelativeMention {
  return { type: 'relative', index, end, parser, amount, unit, anchor, workingDays };
}

export const withinTerm: Parser = {
  name: 'relative-within',
  gate: /дн|день|сут|недел|месяц/,
  tier: 'primary',
  pattern: WITHIN,
  extract(m) {
    const amount = m[1] ? Number(m[1]) : m[2] ? countValue(m[2]) : 1;
    if (amount <= 0) return null;
    const end = m.index + m[0].length;
    return relative(m.index, end, 'relative-within', amount, unitOf(m[4]!), anchorOf(m[5], m[6]), m[3] === 'рабочих');
  },
};

export const termOf: Parser = {
  name: 'relative-term',
  gate: /срок/,
  tier: 'primary',
  pattern: TERM,
  extract(m) {
    const amount = m[1] ? Number(m[1]) : m[2] ? countValue(m[2]) : 1;
    if (amount <= 0) return null;
    const end = m.index + m[0].length;
    return relative(m.index, end, 'relative-term', amount, unitOf(m[3]!), anchorOf(m[4], m[5]), false);
  },
};
