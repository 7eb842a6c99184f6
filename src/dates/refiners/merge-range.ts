// Two times joined by a dash or «по» are one range: «17.01.2022-04.02.2022», «Декабрь 2021 – январь 2022»,
// «с 20 июня по 5 июля», «IV квартал 2022 г. – I квартал 2023 г.». A chain takes its last bound:
// «Март 2022- октябрь-ноябрь 2022» runs to the end of November.
import type { Mention, WhenMention } from '../mention.js';
import type { Refiner } from '../refiner.js';

const BETWEEN = /^\s?(?:-|по|до|и\sпо|и\sдо)\s?$/;
// «до» joins a range only after «с»: «с 1 до 10 сентября»; otherwise it opens a deadline
const FROM_BEFORE = /(?:^|[^а-яa-z])(?:с|со|начиная\sс|начиная\sсо)\s?$/;

export const mergeRanges: Refiner = (mentions, text) => {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (m.type === 'when' && prev?.type === 'when') {
      const between = text.lower.slice(prev.end, m.index);
      if (BETWEEN.test(between)) {
        const viaDo = between.includes('до');
        if (!viaDo || FROM_BEFORE.test(text.lower.slice(Math.max(0, prev.index - 12), prev.index))) {
          const merged: WhenMention = { ...prev, end: m.end, last: m.last, isRange: true, parser: 'range' };
          out[out.length - 1] = merged;
          continue;
        }
      }
    }
    out.push(m);
  }
  return out;
};
