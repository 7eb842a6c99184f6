// A year standing after a yearless month or day is its year: «ав густ 2022», «сенятбрь 2022» (the month parser
// reads «Март 2022» itself; this catches the months the typo refiner found).
import type { Refiner } from '../refiner.js';

const BETWEEN = /^[\s,]*$/;

export const attachYears: Refiner = (mentions, text) => {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.type !== 'when' || b.type !== 'when' || b.parser !== 'year' || b.first.span !== 0) continue;
    if (a.isRange || a.last.stated || a.last.anchor !== 'plan') continue;
    if (!BETWEEN.test(text.lower.slice(a.end, b.index))) continue;
    a.last.year = b.first.year;
    a.last.stated = true;
    a.end = b.end;
    mentions.splice(i + 1, 1);
  }
  return mentions;
};
