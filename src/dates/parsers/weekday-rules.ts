// Weekly and monthly weekday rules: «по пятницам», «по вторникам и четвергам», «каждую среду»,
// «2-й и 4-й понедельник (месяца)», «последняя пятница месяца».
import { englishOrdinal, englishWeekday, joinEnglish } from '../english.js';
import type { RuleMention } from '../mention.js';
import { ordinalValue } from '../ordinals.js';
import type { Parser } from '../parser.js';
import { WEEKDAY_PATTERN, weekdayOf } from '../weekdays.js';
import { LEFT } from '../word-boundary.js';

const WEEKDAY_GATE = /понедел|вторн|сред|четверг|пятниц|суббот|воскрес/;
const AND = '(?:\\s?,\\s?|\\sи\\s)';
const WEEKDAY_WORD = new RegExp(WEEKDAY_PATTERN, 'gu');

const ON_DAYS = new RegExp(`${LEFT}по\\s${WEEKDAY_PATTERN}(?:${AND}(?:по\\s)?${WEEKDAY_PATTERN})*`, 'gu');
const EVERY_DAY = new RegExp(`${LEFT}кажд\\p{L}*\\s${WEEKDAY_PATTERN}(?:${AND}${WEEKDAY_PATTERN})*`, 'gu');

const NTH = '(?:[1-5]\\s?-?\\s?(?:ый|ий|ой|ая|я|й|е|ое)|перв\\p{L}*|втор\\p{L}*|трет\\p{L}*|четв[её]рт\\p{L}*|последн\\p{L}*)';
const NTH_DAY = new RegExp(
  `${LEFT}(${NTH}(?:${AND}${NTH})*)\\s(${WEEKDAY_PATTERN})(?:\\s(?:каждого\\s)?месяца)?`,
  'gu',
);
const NTH_WORD = new RegExp(NTH, 'gu');

function weekdaysIn(s: string): string[] {
  const out: string[] = [];
  WEEKDAY_WORD.lastIndex = 0;
  let w: RegExpExecArray | null;
  while ((w = WEEKDAY_WORD.exec(s)) !== null) {
    const name = englishWeekday(weekdayOf(w[0]));
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

function weekly(index: number, end: number, parser: string, days: string[]): RuleMention {
  return { type: 'rule', index, end, parser, frequency: 'weekly', impliedFrequency: null, detail: joinEnglish(days) };
}

export const onWeekdays: Parser = {
  name: 'on-weekdays',
  gate: WEEKDAY_GATE,
  tier: 'primary',
  pattern: ON_DAYS,
  extract(m) {
    return weekly(m.index, m.index + m[0].length, 'on-weekdays', weekdaysIn(m[0]));
  },
};

export const everyWeekday: Parser = {
  name: 'every-weekday',
  gate: WEEKDAY_GATE,
  tier: 'primary',
  pattern: EVERY_DAY,
  extract(m) {
    return weekly(m.index, m.index + m[0].length, 'every-weekday', weekdaysIn(m[0]));
  },
};

export const nthWeekday: Parser = {
  name: 'nth-weekday',
  gate: WEEKDAY_GATE,
  tier: 'primary',
  pattern: NTH_DAY,
  extract(m): RuleMention | null {
    const nths: string[] = [];
    NTH_WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    while ((w = NTH_WORD.exec(m[1]!)) !== null) {
      const word = w[0];
      if (word.startsWith('последн')) nths.push('last');
      else {
        const n = ordinalValue(/^\d/.test(word) ? word[0]! : word);
        if (n < 1 || n > 5) return null;
        nths.push(englishOrdinal(n));
      }
    }
    const day = englishWeekday(weekdayOf(m[2]!));
    const detail = `${joinEnglish(nths)} ${day} of each month`;
    return { type: 'rule', index: m.index, end: m.index + m[0].length, parser: 'nth-weekday', frequency: null, impliedFrequency: 'monthly', detail };
  },
};
