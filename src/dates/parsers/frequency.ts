// How often, in one word or two: «ежемесячно», «еженедельно», «ежеквартально», «ежегодно», «каждый месяц»,
// «каждые 2 недели».
import { COUNT_WORD, countValue } from '../counts.js';
import type { RuleMention } from '../mention.js';
import type { Parser } from '../parser.js';
import { LEFT } from '../word-boundary.js';

const ADVERB = new RegExp(
  `${LEFT}(ежедневн|еженедельн|ежемесячн|ежеквартальн|ежегодн|ежеполугодн|ежедекадн|ежечетвертн|регулярн|периодическ)\\p{L}*`,
  'gu',
);

const ADVERBS: Record<string, string> = {
  ежедневн: 'daily',
  еженедельн: 'weekly',
  ежемесячн: 'monthly',
  ежеквартальн: 'quarterly',
  ежегодн: 'yearly',
  ежеполугодн: 'twice a year (once per half-year)',
  ежедекадн: 'every ten days',
  ежечетвертн: 'once a school term',
  регулярн: 'regularly',
  периодическ: 'periodically',
};

const EVERY = new RegExp(
  `${LEFT}кажд\\p{L}*\\s(?:(\\d{1,2}|${COUNT_WORD})\\s)?(день|дня|дней|недел\\p{L}*|месяц\\p{L}*|квартал\\p{L}*|год|года|лет|полугоди\\p{L}*|четверт\\p{L}*)(?!\\p{L})`,
  'gu',
);

/** The unit a Russian period noun names, as a singular English noun and its «-ly» adverb. */
export function periodNoun(word: string): { noun: string; adverb: string } {
  if (word.startsWith('д') || word.startsWith('сут')) return { noun: 'day', adverb: 'daily' };
  if (word.startsWith('недел')) return { noun: 'week', adverb: 'weekly' };
  if (word.startsWith('месяц')) return { noun: 'month', adverb: 'monthly' };
  if (word.startsWith('квартал')) return { noun: 'quarter', adverb: 'quarterly' };
  if (word.startsWith('полугоди') || word.startsWith('полгод'))
    return { noun: 'half-year', adverb: 'twice a year (once per half-year)' };
  if (word.startsWith('четверт')) return { noun: 'school term', adverb: 'once a school term' };
  if (word.startsWith('учебн')) return { noun: 'school year', adverb: 'once a school year' };
  if (word.startsWith('триместр')) return { noun: 'trimester', adverb: 'once a trimester' };
  if (word.startsWith('семестр')) return { noun: 'semester', adverb: 'once a semester' };
  return { noun: 'year', adverb: 'yearly' };
}

function rule(index: number, end: number, parser: string, frequency: string): RuleMention {
  return { type: 'rule', index, end, parser, frequency, impliedFrequency: null, detail: null };
}

export const frequencyAdverb: Parser = {
  name: 'frequency',
  gate: /еже|регуляр|периодич/,
  tier: 'primary',
  pattern: ADVERB,
  extract(m) {
    return rule(m.index, m.index + m[0].length, 'frequency', ADVERBS[m[1]!]!);
  },
};

export const everyPeriod: Parser = {
  name: 'every',
  gate: /кажд/,
  tier: 'primary',
  pattern: EVERY,
  extract(m) {
    const { noun, adverb } = periodNoun(m[2]!);
    const n = m[1] ? countValue(m[1]) : 1;
    if (n <= 0) return null;
    return rule(m.index, m.index + m[0].length, 'every', n === 1 ? adverb : `every ${n} ${noun}s`);
  },
};
