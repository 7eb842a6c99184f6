// The heading of a document that is not an act: a report («Отчет о реализации …») or a plan («План мероприятий
// («дорожная карта») по …», «Комплекс мер …», «Сетевой план-график …»), and the words that name its kind.
import type { DocumentType } from '../../model/roadmap.js';
import { joinLines } from '../../normalize/text.js';
import { isAppendixStart } from '../appendices.js';
import { PREAMBLE_START } from '../preamble-start.js';
import { plainText, type ProseLine } from '../document-flow.js';

const REPORT = /^(отч[её]т)(?=[\s:]|$)/iu;
// up to two adjectives, the kind noun, its «мероприятий»/«мер», and a kind named again in brackets
const ADJ = '(?:[\\p{L}-]+(?:ый|ий|ой|ая|ое|ые|ная|ный)\\s+){0,2}';
const NOUN = '(?:план(?:-график)?|дорожная\\s+карта|комплекс\\s+мер|перечень\\s+мероприятий|программа)';
const PLAN = new RegExp(
  `^[«"“]?(${ADJ}${NOUN}[»"”]?(?:\\s+(?:мероприятий|мер)(?![\\p{L}]))?(?:\\s*\\(\\s*[«"“]?(?:дорожная\\s+карта|план\\s+мероприятий|план-график)[»"”]?\\s*\\))?)(?=[\\s(«"“:,|]|$)`,
  'iu',
);

export interface PlanHeading {
  type: DocumentType;
  typeLabel: string | null;
  title: string | null;
  /** Index of the heading's first line. */
  at: number;
  end: number;
}

/** The words naming a plan's kind at the head of a heading, or null: «План мероприятий («дорожная карта»)». */
export function planKindLabel(text: string): string | null {
  const m = PLAN.exec(text.trim());
  if (!m) return null;
  return m[1]!.replace(/^[«"“]|[»"”](?=\s|$)/gu, '').replace(/\s+/gu, ' ').trim();
}

// what ends a heading: a table's first cell, a stamp, a numbered section, the prose
const HEADING_STOP = /^(?:№|n\s*п\/п|\d+[.)]\s|цел[ьи]\s*:|задачи\s*:|\((?:в\s+ред|с\s+изменени))|\s\|/iu;

/**
 * The heading from line i on: its paragraph, and the paragraphs after it while a line has not closed the sentence
 * (exports that put every line in a paragraph of its own), up to a table, a stamp or the flow.
 */
export function headingFrom(lines: readonly ProseLine[], i: number, limit: number, firstText?: string): { text: string | null; end: number } {
  const parts: string[] = [firstText ?? lines[i]!.text.replace(/\t/g, ' ')];
  let j = i + 1;
  for (; j < limit; j++) {
    const line = lines[j]!;
    const t = plainText(line);
    const prev = parts[parts.length - 1]!;
    if (line.para !== lines[j - 1]!.para && (/[.:;!?]$/u.test(prev.trim()) || !goesOn(prev, t))) break;
    if (HEADING_STOP.test(t) || isAppendixStart(line) || PREAMBLE_START.test(t) || /^\(?утвержд/iu.test(t) || /^у\s*т\s*в\s*е\s*р\s*ж\s*д\s*а\s*ю/iu.test(t)) break;
    if (parts.join(' ').length + t.length > 700) break;
    parts.push(line.text.replace(/\t/g, ' '));
  }
  let text = joinLines(parts);
  const cell = text.indexOf(' |');
  if (cell > 0) text = text.slice(0, cell).trim();
  return { text: text || null, end: j };
}

/** A new paragraph that continues the heading: in lower case, in the genitive, or after a dangling preposition. */
function goesOn(prev: string, next: string): boolean {
  return (
    /^[\p{Ll}«"(]/u.test(next) ||
    /^\p{Lu}\p{L}*(?:ого|его|ой|ей|ых|их|ии)(?:\s|$)/iu.test(next) ||
    /(?:^|\s)(?:в|во|и|по|на|для|с|со|к|о|об|при|до|за|от)$/iu.test(prev.trim())
  );
}

export function reportHeading(lines: readonly ProseLine[], from: number, limit: number): PlanHeading | null {
  for (let i = from; i < Math.min(limit, from + 30); i++) {
    const line = lines[i]!;
    const t = plainText(line);
    const rep = REPORT.exec(t);
    // «Отчет» opening a paragraph, or a line «Отчет о …» anywhere (exports without blank lines)
    if (rep && (line.first || /^отч[её]т(?:\s*$|\s+(?:о|об|по|за)\s)/iu.test(t))) {
      const h = headingFrom(lines, i, limit);
      return { type: 'report', typeLabel: rep[1]!, title: h.text, at: i, end: h.end };
    }
  }
  return null;
}

/** The plan's own heading among lines [from, limit), skipping `skip` (stamps, junk). */
export function planHeading(lines: readonly ProseLine[], from: number, limit: number, skip: (i: number) => boolean): PlanHeading | null {
  for (let i = from; i < Math.min(limit, from + 40); i++) {
    if (skip(i)) continue;
    const t = plainText(lines[i]);
    // a heading opens with a capital; «план-график мероприятий …» in lower case is a plan mentioned in prose
    if (!/^[«"“]?\p{Lu}/u.test(t) || !planKindLabel(t)) continue;
    const h = headingFrom(lines, i, limit);
    return { type: 'plan', typeLabel: planKindLabel(h.text ?? t), title: h.text, at: i, end: h.end };
  }
  return null;
}
