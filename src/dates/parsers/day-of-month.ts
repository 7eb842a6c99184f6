// A day of every month: «до 5 числа», «до 20 числа каждого месяца», «25 числа ежемесячно»,
// «не позднее 10 числа месяца, следующего за отчетным кварталом».
import { englishOrdinal } from '../english.js';
import type { RuleMention } from '../mention.js';
import type { Parser } from '../parser.js';
import { LEFT } from '../word-boundary.js';

const PATTERN = new RegExp(
  `${LEFT}(?:(до|не\\sпозднее|не\\sпозже|к)\\s)?(\\d{1,2})(?:\\s?-?\\s?(?:го|е|ое))?\\s(?:числа|число)(?!\\p{L})` +
    '((?:\\s?,?\\s(?:каждого|текущего|ежемесячно|ежеквартально|месяца|следующего|за|отчетн\\p{L}*|месяцем|кварталом|периодом|квартала))*)',
  'gu',
);

export const dayOfMonth: Parser = {
  name: 'day-of-month',
  gate: /числ/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m): RuleMention | null {
    const day = Number(m[2]);
    if (day < 1 || day > 31) return null;
    const tail = m[3] ?? '';
    const following = tail.includes('следующ') ? ' of the following month' : '';
    const detail = `${m[1] ? 'by' : 'on'} the ${englishOrdinal(day)}${following}`;
    const quarterly = tail.includes('квартал');
    const stated = tail.includes('ежемесячно') ? 'monthly' : tail.includes('ежеквартально') ? 'quarterly' : null;
    return {
      type: 'rule',
      index: m.index,
      end: m.index + m[0].length,
      parser: 'day-of-month',
      frequency: stated,
      impliedFrequency: quarterly ? 'quarterly' : 'monthly',
      detail,
    };
  },
};
