// The little words before and after a time that change what it means: «до / не позднее / в срок до / к / по …» make a
// deadline; «с …» with no end opens a span to the plan's end; «по итогам / после …» make it an event, not the timeframe;
// «…, далее» starts a repetition there.
import type { Refiner } from '../refiner.js';

// The text is lower-cased with «ё» folded, so a plain [а-яa-z] is a letter here; it is much cheaper than \p{L}.

const ANCHOR_BEFORE = /(?:^|[^а-яa-z])(?:по\sитогам|по\sокончании|по\sзавершении|по\sрезультатам|после)\s?$/;
const DEADLINE_BEFORE =
  /(?:^|[^а-яa-z])(?:до|к|по|не\sпозднее|не\sпозже|(?:в\s)?срок(?:ом)?\sдо|(?:в\s)?срок\sне\sпозднее)(?:\sконц[аеу])?\s?$/;
const FROM_BEFORE = /(?:^|[^а-яa-z])(?:с|со|начиная\sс|начиная\sсо|с\sначала)\s?$/;
const THEN_AFTER = /^\s?[,;]?\s?(?:-\s?)?(?:и\s)?(?:далее|затем|в\sдальнейшем)(?![а-яa-z])/;

export const markers: Refiner = (mentions, text) => {
  const s = text.lower;
  for (const m of mentions) {
    if (m.type !== 'when') continue;
    const before = s.slice(Math.max(0, m.index - 30), m.index);
    if (ANCHOR_BEFORE.test(before)) m.role = 'anchor';
    else if (DEADLINE_BEFORE.test(before)) m.role = 'deadline';
    else if (!m.isRange && FROM_BEFORE.test(before)) m.open = true;
    if (m.role === 'period' && THEN_AFTER.test(s.slice(m.end, m.end + 20))) {
      m.then = true;
      if (!m.isRange) m.open = true;
    }
  }
  return mentions;
};
