// The plan's own span: from its title («в 2022 году», «на 2022-2024 годы», «на 2022/2023 учебный год»),
// failing that from the years its dated rows state.
import { isYearInRange } from '../../dates/calendar.js';
import { findDates } from '../../dates/index.js';
import type { Span } from '../../model/roadmap.js';

/** The span a title states, when its years are years of dates (docs/MODEL.md: 1900–2100). */
export function periodFromTitle(title: string | null): Span | null {
  const span = statedSpan(title);
  return span && isYearInRange(Number(span.start.slice(0, 4))) && isYearInRange(Number(span.end.slice(0, 4))) ? span : null;
}

function statedSpan(title: string | null): Span | null {
  if (!title) return null;
  const t = title.replace(/\s+/gu, ' ');
  let m = /(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*(?:уч\.|учебн)/iu.exec(t);
  if (m) {
    const start = Number(m[1]);
    return { start: `${start}-09-01`, end: `${start + 1}-05-31` };
  }
  m = /(?:на|в|за)\s+(\d{4})\s*[-–—]\s*(\d{4})\s*(?:гг?\.|г\.\s?г\.|годы|годах|года|год)/iu.exec(t);
  if (m && Number(m[2]) >= Number(m[1])) return { start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  m = /(?:на|в|за)\s+(\d{4})\s*(?:г\.|году|год|года)(?![\p{L}])/iu.exec(t) ?? /(\d{4})\s*(?:год|году)\s*$/iu.exec(t);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}

/** The calendar year most explicitly dated rows fall in, when they mostly agree. */
export function yearFromDates(years: number[]): number | null {
  if (years.length === 0) return null;
  const counts = new Map<number, number>();
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  let n = 0;
  for (const [y, c] of counts) if (c > n || (c === n && best !== null && y > best)) [best, n] = [y, c];
  return best !== null && n / years.length >= 0.5 ? best : null;
}

export function yearSpan(year: number): Span {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** Years written out in a timeframe phrase («2022», «16.02.22»). */
export function statedYears(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<!\d)(20\d{2})(?!\d)/gu)) out.push(Number(m[1]));
  // a date whose year is written with two digits («16.02.22»): its year as the date parser reads it
  for (const d of findDates(text)) if (!/(?:19|20)\d{2}/u.test(text.slice(d.index, d.index + d.length))) out.push(Number(d.date.slice(0, 4)));
  return out;
}
