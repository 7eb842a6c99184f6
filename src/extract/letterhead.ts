// The letterhead of an act: its kind, issuer, date, number and place, and the title below them.
import type { DocumentType } from '../model/roadmap.js';
import { collapse, joinLines } from '../normalize/text.js';
import { actHeading } from './act-kinds.js';
import { flat, type ProseLine } from './prose.js';
import { findDate, findNumber } from './requisite-values.js';
import { PREAMBLE_START } from './preamble-start.js';

export interface Letterhead {
  type: DocumentType;
  typeLabel: string | null;
  issuer: string | null;
  date: string | null;
  number: string | null;
  place: string | null;
  title: string | null;
  /** Index of the first line after the title (where the preamble starts); 0 when nothing was found. */
  end: number;
  /** Index of the act's heading line, or -1. */
  headingAt: number;
}

/** How far into the document the letterhead may reach. */
const HEAD_WINDOW = 40;

const COUNTRY = /^российская\s+федерация$/iu;
const REGION =
  /^(?:[\p{L}-]+(?:ая|ий|ой)\s+(?:область|край)|республика\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|[\p{L}-]+\s+автономный\s+округ(?:\s*[-–—]\s*[\p{L}-]+)?|город\s+федерального\s+значения.*|(?:муниципальное\s+образование|городской\s+округ|муниципальный\s+(?:район|округ))\s*[«"].*)$/iu;
const ADDRESS = /(?:^|[\s,(])(?:ул\.|улица|пр-т|просп\.|пер\.|пл\.|д\.\s*\d|тел\.?|тел\/факс|факс|e-?mail|эл\.\s*почта|инн|кпп|огрн|окпо|http|www\.)|\b\d{6}\b|@/iu;
const PLACE = /^(?:г\.|город|с\.|село|п\.|пос\.|поселок|посёлок|пгт\.?|рп\.?|р\.\s?п\.|д\.|дер\.|деревня|ст\.|ст-ца|станица|аул|х\.|хутор)\s*[\p{Lu}][\p{L}-]+(?:[\s-][\p{Lu}][\p{L}-]+)*\.?$/u;

export function isPlaceLine(text: string): boolean {
  return PLACE.test(collapse(text)) || /^(?:Москва|Санкт-Петербург|Севастополь)$/u.test(collapse(text));
}

export function readLetterhead(lines: ProseLine[], limit: number): Letterhead {
  const end = Math.min(limit, lines.length, HEAD_WINDOW);
  let headingAt = -1;
  let heading: ReturnType<typeof actHeading> = null;
  for (let i = 0; i < end; i++) {
    heading = actHeading(flat(lines[i]));
    if (heading) {
      headingAt = i;
      break;
    }
  }
  if (headingAt < 0) {
    return { type: 'unknown', typeLabel: null, issuer: null, date: null, number: null, place: null, title: null, end: 0, headingAt };
  }

  const issuer = issuerBefore(lines, headingAt);
  let date: string | null = null;
  let number: string | null = null;
  let place: string | null = null;
  // the heading line itself may carry the date and number
  const fromHeading = requisitesIn(heading!.rest);
  date = fromHeading.date;
  number = fromHeading.number;
  let i = headingAt + 1;
  for (; i < Math.min(lines.length, headingAt + 8); i++) {
    const text = flat(lines[i]);
    const found = requisitesIn(text);
    if (found.date || found.number) {
      date ??= found.date;
      number ??= found.number;
      if (found.place) place ??= found.place;
      continue;
    }
    if (isPlaceLine(text)) {
      place ??= collapse(text).replace(/\.$/u, '');
      continue;
    }
    break;
  }
  place ??= placeFromAddress(lines, headingAt);
  const title = titleAt(lines, i, limit);
  return {
    type: heading!.type,
    typeLabel: heading!.label,
    issuer,
    date,
    number,
    place,
    title: title.text,
    end: title.end,
    headingAt,
  };
}

/** A letterhead line with the date and/or number: «16.02.2022», «№ 19/1», «от 16.02.2022 г. № 19/1», «г. Устюжна 16.02.2022». */
function requisitesIn(text: string): { date: string | null; number: string | null; place: string | null } {
  const t = collapse(text);
  if (t === '') return { date: null, number: null, place: null };
  const num = findNumber(t);
  const before = num ? t.slice(0, num.index) : t;
  const d = findDate(before) ?? (num ? null : findDate(t));
  // a line of requisites holds little else: «от», «г.», a place
  let rest = t;
  if (num) rest = rest.slice(0, num.index) + rest.slice(num.index + num.length);
  if (d) rest = rest.replace(before.slice(d.index, d.index + d.length), '');
  rest = collapse(rest.replace(/(?:^|\s)(?:от|г\.?|года|год)(?=\s|$)/giu, ' ').replace(/[«»"]/gu, ''));
  let place: string | null = null;
  if (rest !== '' && isPlaceLine(rest)) {
    place = rest.replace(/\.$/u, '');
    rest = '';
  }
  if ((d || num) && rest.length <= 3) return { date: d?.date ?? null, number: num?.number ?? null, place };
  return { date: null, number: null, place: null };
}

/** The issuer: the letterhead's last group of lines above the heading, without the country, region and address. */
function issuerBefore(lines: ProseLine[], headingAt: number): string | null {
  const kept: ProseLine[] = [];
  for (let i = 0; i < headingAt; i++) {
    const line = lines[i]!;
    const text = flat(line);
    if (COUNTRY.test(text) || REGION.test(text) || ADDRESS.test(text)) continue;
    if (findDate(text) && text.length < 40) continue;
    kept.push(line);
  }
  if (kept.length === 0) return null;
  // the paragraph nearest the heading; a separate paragraph above it is a parent body or a coat-of-arms caption
  const lastPara = kept[kept.length - 1]!.para;
  const group = kept.filter((l) => l.para === lastPara);
  const text = joinLines(group.map((l) => l.text.replace(/\t/g, ' ')));
  return text === '' ? null : text;
}

/** The place of issue from a letterhead address («…, г. Вологда, 160000»). */
function placeFromAddress(lines: ProseLine[], headingAt: number): string | null {
  for (let i = 0; i < headingAt; i++) {
    const text = flat(lines[i]);
    if (!ADDRESS.test(text)) continue;
    const m = /(?:^|[\s,])((?:г\.|с\.|пос\.|п\.|пгт\.?|д\.)\s*[\p{Lu}][\p{L}-]+)/u.exec(text);
    if (m) return collapse(m[1]!);
  }
  return null;
}

const TITLE_START = /^(?:о|об|обо|по|на|в|за)\s/iu;

/** The act's title: the paragraph after the requisites («Об утверждении …»), all its lines. */
function titleAt(lines: ProseLine[], start: number, limit: number): { text: string | null; end: number } {
  const first = lines[start];
  if (!first || start >= limit) return { text: null, end: start };
  const text = flat(first);
  if (PREAMBLE_START.test(text) || /^\d+\.\s/u.test(text)) return { text: null, end: start };
  if (!TITLE_START.test(text) && !first.bold && text.length > 300) return { text: null, end: start };
  const parts: string[] = [];
  let i = start;
  for (; i < limit && lines[i]!.para === first.para; i++) {
    if (i > start && PREAMBLE_START.test(flat(lines[i]))) break;
    parts.push(lines[i]!.text.replace(/\t/g, ' '));
  }
  return { text: joinLines(parts) || null, end: i };
}
