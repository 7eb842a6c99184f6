// Gives every unit its year: one year written once serves the whole list or range («Март-май, август – ноябрь 2022 г.»);
// a yearless unit after a dated one follows it, moving into the next year rather than running backwards
// («сентябрь 2022 – май», «Декабрь – январь»); the first yearless unit takes the plan year (or, in a multi-year plan,
// its place in the plan); school-year words take the school year of the act, «до конца месяца» the act's month.
import { fillFromDocDate, schoolStartYear, yearFor } from '../context.js';
import type { Refiner } from '../refiner.js';
import { startYearOf, unitEnd, unitStart, type Unit } from '../unit.js';

export const resolveYears: Refiner = (mentions, _text, ctx) => {
  const units: Unit[] = [];
  for (const m of mentions) {
    if (m.type !== 'when') continue;
    units.push(m.first);
    if (m.last !== m.first) units.push(m.last);
  }
  if (units.length === 0) return mentions;

  for (const u of units) {
    if (u.year !== null) continue;
    if (u.anchor === 'school') u.year = schoolStartYear(ctx);
    else if (u.anchor === 'doc') fillFromDocDate(ctx, u);
  }

  // a written year serves the yearless units before it
  let next: number | null = null;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i]!;
    if (u.anchor !== 'plan') continue;
    if (u.stated) next = startYearOf(u);
    else if (next !== null) u.year = next - u.offset;
  }

  // the rest follow the unit before them, or else take the plan year
  let prev: Unit | null = null;
  for (const u of units) {
    if (u.year === null && u.anchor === 'plan') {
      if (prev) {
        u.year = startYearOf(prev)! - u.offset;
        if (unitStart(u) < unitStart(prev)) u.year += 1;
      } else {
        u.year = yearFor(ctx, u);
      }
    }
    if (u.year !== null) prev = u;
  }

  // a range whose implied end falls before its start crosses New Year («Ноябрь – январь»)
  for (const m of mentions) {
    if (m.type !== 'when' || m.first === m.last || m.first.year === null || m.last.year === null) continue;
    if (unitEnd(m.last) >= unitStart(m.first)) continue;
    if (!m.last.stated) m.last.year += 1;
    else if (!m.first.stated) m.first.year -= 1;
  }
  return mentions;
};
