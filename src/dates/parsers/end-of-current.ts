// «до конца месяца / квартала / полугодия» with no period named: the act's current one, or — «каждого месяца» —
// a monthly rule; «в конце каждого месяца» is a rule too. («до конца октября», «до конца 2022 года» name their
// period and are dates.)
import type { GenericEndMention } from '../mention.js';
import type { Parser } from '../parser.js';
import { LEFT } from '../word-boundary.js';

const PATTERN = new RegExp(
  `${LEFT}(до|к|не\\sпозднее|не\\sпозже|в)\\sконц[аеу]\\s(?:(каждого|текущего|отчетного)\\s)?(месяца|квартала|полугодия)(?!\\p{L})`,
  'gu',
);

export const endOfCurrent: Parser = {
  name: 'end-of-current',
  gate: /конц/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m): GenericEndMention {
    const months = m[3] === 'месяца' ? 1 : m[3] === 'квартала' ? 3 : 6;
    return {
      type: 'generic-end',
      index: m.index,
      end: m.index + m[0].length,
      parser: 'end-of-current',
      months,
      every: m[2] === 'каждого',
      at: m[1] === 'в',
    };
  },
};
