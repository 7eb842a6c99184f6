// Clock times («18.02.2022, 10:00», «в 14.30», «15.00 ч.»): read so that they are not taken for days, then ignored.
import { flag } from '../mention.js';
import type { Parser } from '../parser.js';

const PATTERN = /(?<![\p{L}\p{N}.])(?:(в)\s)?([01]?\d|2[0-3])([:.])([0-5]\d)(?:\s?(час\p{L}*|ч\.?)(?!\p{L}))?(?!\p{N}|\s?[./]\s?\d)/gu;

export const clockTime: Parser = {
  name: 'clock-time',
  gate: /\d:\d|\d ?ч|в \d/,
  tier: 'primary',
  pattern: PATTERN,
  extract(m) {
    // «10:00» is always a time; «14.30» only with «в …» or «… ч.», since «14.03» is a day
    if (m[3] === '.' && !m[1] && !m[5]) return null;
    return flag('time', m.index, m.index + m[0].length, 'clock-time');
  },
};
