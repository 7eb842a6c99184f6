// The kinds of acts: the words that name them in a letterhead and in a citation.
import type { ActType, DocumentType } from '../model/roadmap.js';

const spaced = (word: string) => word.split('').join('[ \\u00a0]*');

// the word ends the heading, or a text export glued «от» and the date to it («ПРИКАЗот 12.05.11 N 338-к»)
function headingPattern(word: string): RegExp {
  return new RegExp(`^(${spaced(word)})(?:(?![\\p{L}])|(?=от[\\s«"]*\\d))`, 'iu');
}

interface Heading {
  type: DocumentType;
  pattern: RegExp;
}

/** The act's own name in its letterhead, possibly letter-spaced («П Р И К А З»). */
const HEADINGS: Heading[] = [
  { type: 'order', pattern: headingPattern('ПРИКАЗ') },
  { type: 'directive', pattern: headingPattern('РАСПОРЯЖЕНИЕ') },
  { type: 'resolution', pattern: headingPattern('ПОСТАНОВЛЕНИЕ') },
  { type: 'decision', pattern: headingPattern('РЕШЕНИЕ') },
];

/** «АДМИНИСТРАЦИИ ГОРОДА ЭНСКА» after the act's word: capitals, no digits, opening with a genitive. */
export const ORGAN_IN_GENITIVE = /^(?:ГЛАВЫ|[А-ЯЁ-]+(?:ИИ|ОГО|ЕГО|ОЙ|ЕЙ|ЫХ|ИХ|ТВА|ТА|ЕТА|АТА|ИТЕТА|ЕНТА|УРЫ|ЦИИ|РЫ|МЫ|ЕНИЯ|ИЯ))(?:[\s-]+[А-ЯЁ«»"()-]+)*$/u;

/** A letterhead line naming the act: the keyword alone, or followed by its date or number. */
export function actHeading(line: string): { type: DocumentType; label: string; rest: string } | null {
  for (const h of HEADINGS) {
    const m = h.pattern.exec(line);
    if (!m) continue;
    const label = m[1]!.trim();
    const rest = line.slice(m[0].length).trim();
    // «Приказ довести до …» is a sentence; a heading is the word alone, in capitals or followed by its requisites
    const capitals = label === label.toUpperCase();
    const organ = capitals && ORGAN_IN_GENITIVE.test(rest);
    if (rest === '' ? capitals || line.length <= 14 : organ || /^(?:от(?![\p{L}])|№|N\s|\d|[«"|])/iu.test(rest)) {
      return { type: h.type, label, rest };
    }
  }
  return null;
}

/** The action word that opens the operative part («ПРИКАЗЫВАЮ:», «п о с т а н о в л я е т:»). */
export function isOperativeWord(line: string): boolean {
  const s = line.replace(/[\s\u00a0]+/gu, '').toLowerCase();
  return /^(?:приказываю|постановляю|постановляет|обязываю|предлагаю|решил|решила|решили|решает|приказываем|распоряжаюсь)[:.]?$/u.test(s);
}

const CITED: Array<[RegExp, ActType]> = [
  [/^письм/iu, 'letter'],
  [/^приказ/iu, 'order'],
  [/^распоряжени/iu, 'directive'],
  [/^постановлени/iu, 'resolution'],
  [/^решени/iu, 'decision'],
  [/^(?:федеральн\p{L}*\s+)?закон/iu, 'law'],
  [/^указ/iu, 'decree'],
  [/^протокол/iu, 'protocol'],
  [/^(?:план|программ)/iu, 'plan'],
];

/** The type of a cited act from the noun that names it («письмом», «приказа», «Федеральным законом»). */
export function citedActType(noun: string): ActType {
  for (const [re, type] of CITED) if (re.test(noun.trim())) return type;
  return 'other';
}

/** Nouns that name an act in a citation, in any case. */
export const CITED_NOUN =
  /(?<![\p{L}])((?:[Фф]едеральн\p{L}*\s+|[Оо]бластн\p{L}*\s+|[Рр]егиональн\p{L}*\s+)?(?:закон|письм|приказ|распоряжени|постановлени|решени|указ|протокол)\p{L}*)/gu;
