// The responsible parties of an item: the cell split at the commas (or line breaks, semicolons) that
// separate executors — not at commas inside quotes or brackets, not before a participial phrase.
import { collapse, joinLines } from '../../normalize/text.js';

// «осуществляющие управление …», «подведомственные …», «реализующие …»: a clause about the party before it
const PARTICIPLE = /^(?:\p{Ll}[\p{Ll}-]*(?:ющ|ящ|вш|ем|им|енн|анн|нн)(?:ий|ая|ое|ие|его|ей|их|ими|им|ую|ые|ый))(?:\s|$)/u;
const CONTINUATION = /^(?:в\s+том\s+числе|а\s+также|включая|при\s+участии|совместно\s+с|по\s+согласованию|далее|т\.\s?е\.|то\s+есть)(?:\s|$)/u;

export function splitResponsible(lines: readonly string[], knownParties: ReadonlySet<string> = new Set()): string[] {
  const text = joinLines(lines);
  if (text === '') return [];
  if (!text.includes(',') && !text.includes(';')) return splitRunTogether(text, knownParties).map((p) => p.replace(/[.;,]+$/u, '').trim()).filter(Boolean);
  const parts: string[] = [];
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
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  const merged: string[] = [];
  for (const raw of parts) {
    const part = collapse(raw);
    if (part === '') continue;
    if (merged.length && (PARTICIPLE.test(part) || CONTINUATION.test(part))) {
      merged[merged.length - 1] += ', ' + part;
      continue;
    }
    merged.push(part);
  }
  return merged.flatMap((p) => splitRunTogether(p, knownParties)).map((p) => p.replace(/[.;,]+$/u, '').trim()).filter(Boolean);
}

/**
 * «ЦНППМ ОМО по профилям»: a party that stands alone elsewhere in the column, followed by another
 * named by an abbreviation — two executors whose line break was lost.
 */
function splitRunTogether(part: string, known: ReadonlySet<string>): string[] {
  for (const party of known) {
    if (!part.startsWith(party + ' ') || party.length < 2) continue;
    const rest = part.slice(party.length + 1).trim();
    if (known.has(part)) continue;
    // «Участник проекта Участник проекта»: two known parties; «ЦНППМ ОМО по профилям»: a known party and an abbreviation
    if (known.has(rest) || /^\p{Lu}{2,}(?:\s|$)/u.test(rest)) return [party, ...splitRunTogether(rest, known)];
  }
  return [part];
}
