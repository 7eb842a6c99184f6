// The operative part: numbered clauses (1, 2, 4.1 …) after «ПРИКАЗЫВАЮ:» or the preamble.
import type { Clause } from '../model/roadmap.js';
import { joinLines } from '../normalize/text.js';
import { plainText, type ProseLine } from './document-flow.js';

const CLAUSE = /^(\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]\s*|\s+)(?=\S)(.*)$/u;
const LIST_LINE = /^(?:[-–—•·▪*]|[а-я]\))\s*\S/u;

export interface ClausesResult {
  clauses: Clause[];
  /** Index of the first line after the clauses. */
  end: number;
}

export function readClauses(lines: ProseLine[], start: number, limit: number): ClausesResult {
  const clauses: Clause[] = [];
  let current: { number: string; parts: string[] } | null = null;
  let i = start;
  for (; i < limit; i++) {
    const line = lines[i]!;
    const text = plainText(line);
    const m = CLAUSE.exec(text);
    if (m && !/^\d{4}\b/u.test(text) && /^[\p{Lu}«"]/u.test(m[2]!)) {
      if (current) clauses.push(done(current));
      current = { number: m[1]!, parts: [m[2]!] };
      continue;
    }
    if (!current) {
      if (clauses.length === 0 && i - start < 2) continue;
      break;
    }
    const last = current.parts[current.parts.length - 1]!;
    // a list under the clause, or a wrapped line of it; anything else ends the operative part
    if (LIST_LINE.test(text) || (!line.first && !/[.!?]$/u.test(last)) || (/[:;,]$/u.test(last) && /^\p{Ll}/u.test(text))) {
      current.parts.push(text);
      continue;
    }
    break;
  }
  if (current) clauses.push(done(current));
  return { clauses, end: i };
}

function done(c: { number: string; parts: string[] }): Clause {
  return { number: c.number, text: joinLines(c.parts) };
}
