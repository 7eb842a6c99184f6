// The responsible parties of an item: the cell split at the line breaks, semicolons and commas that
// separate executors — not inside quotes or brackets, not before a participial phrase, not between a
// person and the post after their name («Петров С.А., заместитель директора»).
import { collapse, joinLines } from '../../normalize/text.js';
import { isPersonName } from '../person-name.js';

// «осуществляющие управление …», «подведомственные …», «реализующие …»: a clause about the party before it
const PARTICIPLE = /^(?:\p{Ll}[\p{Ll}-]*(?:ющ|ящ|вш|ем|им|енн|анн|нн)(?:ий|ая|ое|ие|его|ей|их|ими|им|ую|ые|ый))(?:\s|$)/u;
const PERSON_RUN = /\s*(?:[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ]\.\s?[А-ЯЁ]\.)/gu;
const CONTINUATION = /^(?:в\s+том\s+числе|а\s+также|включая|при\s+участии|совместно\s+с|по\s+согласованию|далее|т\.\s?е\.|то\s+есть)(?:\s|$)/u;

/** A party's text without the separator after it; an initial keeps its period («Петров С.А.»). */
function tidy(part: string): string {
  let p = part.trim().replace(/[;,]+$/u, '').trim();
  if (/\.$/u.test(p) && !/(?:^|[\s.])\p{Lu}\.$/u.test(p)) p = p.replace(/\.+$/u, '').trim();
  return p;
}

// a line ending like this goes on in the next: a hyphen, an open phrase, a preposition or conjunction
const OPEN_END = /(?:[-–—(,«"]|(?:^|\s)(?:и|в|во|на|по|при|для|с|со|а|или|за|из|от|к|о|об)\s*)$/u;
const INITIALS = /^\p{Lu}\.\s?\p{Lu}\.?/u;

/** Whether the next line of the cell starts another party rather than continuing this one. */
function startsParty(prev: string, next: string): boolean {
  if (!/^\p{Lu}/u.test(next) || INITIALS.test(next) || OPEN_END.test(prev.trim())) return false;
  const open = (s: string, a: string, b: string) => [...s].filter((c) => c === a).length > [...s].filter((c) => c === b).length;
  return !open(prev, '(', ')') && !open(prev, '«', '»');
}

/** The cell's lines grouped into the texts of parties: a line break separates two parties, a wrap does not. */
function lineGroups(lines: readonly string[]): string[] {
  const groups: string[][] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    const last = groups[groups.length - 1];
    if (last && !startsParty(last.join(' '), line)) last.push(line);
    else groups.push([line]);
  }
  return groups.map((g) => joinLines(g));
}

export function splitResponsible(lines: readonly string[], knownParties: ReadonlySet<string> = new Set()): string[] {
  const groups = lineGroups(lines);
  if (groups.length > 1) return groups.flatMap((g) => splitResponsible([g], knownParties));
  const text = groups[0] ?? '';
  if (text === '') return [];
  if (!text.includes(',') && !text.includes(';')) return splitRunTogether(text, knownParties).map(tidy).filter(Boolean);
  const parts: string[] = [];
  /** The separator before each part: a semicolon always separates parties, a comma may not. */
  const before: string[] = [''];
  let depthQuote = 0;
  let depthParen = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '“') depthQuote++;
    else if ((ch === '»' || ch === '”') && depthQuote > 0) depthQuote--;
    else if (ch === '(' || ch === '[') depthParen++;
    else if ((ch === ')' || ch === ']') && depthParen > 0) depthParen--;
    if ((ch === ',' || ch === ';') && depthQuote === 0 && depthParen === 0) {
      parts.push(current);
      before.push(ch);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  const merged: string[] = [];
  for (const [i, raw] of parts.entries()) {
    const part = collapse(raw);
    if (part === '') continue;
    const prev = merged[merged.length - 1];
    // «Петров С.А., заместитель директора»: the post after a person's name is that person's
    const postOfPerson = prev !== undefined && isPersonName(tidy(prev)) && /^\p{Ll}/u.test(part) && before[i] === ',';
    if (merged.length && (PARTICIPLE.test(part) || CONTINUATION.test(part) || postOfPerson)) {
      merged[merged.length - 1] += ', ' + part;
      continue;
    }
    merged.push(part);
  }
  return merged.flatMap((p) => splitRunTogether(p, knownParties)).map(tidy).filter(Boolean);
}

/**
 * «ЦНППМ ОМО по профилям»: a party that stands alone elsewhere in the column, followed by another
 * named by an abbreviation — two executors whose line break was lost.
 */
function splitRunTogether(part: string, known: ReadonlySet<string>): string[] {
  // «Т.И.Герасименко Т.В.Лавринова»: people's names one after another, their line break lost
  const names = part.match(PERSON_RUN);
  if (names && names.length >= 2 && names.join('').replace(/\s+/gu, '') === part.replace(/\s+/gu, '')) return names.map((n) => n.trim());
  for (const party of known) {
    if (!part.startsWith(party + ' ') || party.length < 2) continue;
    const rest = part.slice(party.length + 1).trim();
    if (known.has(part)) continue;
    // «Участник проекта Участник проекта»: two known parties; «ЦНППМ ОМО по профилям»: a known party and an abbreviation
    if (known.has(rest) || /^\p{Lu}{2,}(?:\s|$)/u.test(rest)) return [party, ...splitRunTogether(rest, known)];
  }
  return [part];
}
