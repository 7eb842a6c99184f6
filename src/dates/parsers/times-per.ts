// «N раз в …»: «1 раз в месяц», «2 раза в год», «не реже 1 раза в четверть», «раз в два месяца».
import { COUNT_WORD, countValue } from '../counts.js';
import type { RuleMention } from '../mention.js';
import type { Parser } from '../parser.js';
import { LEFT } from '../word-boundary.js';
import { periodNoun } from './frequency.js';

const PATTERN = new RegExp(
  `${LEFT}(?:(не\\sреже|не\\sменее|не\\sчаще|не\\sболее)\\s)?(?:(\\d{1,2})\\s?|(${COUNT_WORD})\\s)?раза?\\s(?:в|за)\\s` +
    `(?:(\\d{1,2}|${COUNT_WORD})\\s)?(день|сутки|недел[юи]|месяц[а]?|квартал[а]?|четверть|полугодие|полгода|год|года|учебный\\sгод|триместр|семестр)(?!\\p{L})`,
  'gu',
);

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

export const timesPer: Parser = {
  name: 'times-per',
  gate: /раз/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m): RuleMention | null {
    const n = m[2] ? Number(m[2]) : m[3] ? countValue(m[3]) : 1;
    const every = m[4] ? countValue(m[4]) : 1;
    if (n <= 0 || every <= 0) return null;
    const { noun, adverb } = periodNoun(m[5]!);
    let frequency: string;
    if (every > 1) frequency = `${times(n)} every ${every} ${noun}s`;
    else if (m[1]) frequency = `${m[1] === 'не реже' || m[1] === 'не менее' ? 'at least' : 'at most'} ${times(n)} a ${noun}`;
    else frequency = n === 1 ? adverb : `${times(n)} a ${noun}`;
    return { type: 'rule', index: m.index, end: m.index + m[0].length, parser: 'times-per', frequency, impliedFrequency: null, detail: null };
  },
};
