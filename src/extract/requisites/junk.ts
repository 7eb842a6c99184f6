// What stands before a document without being part of it: a web index's status and viewer lines, its title line
// for the file (the act's short name and date, or the plan's heading, repeated above the real header), page
// counters, marks of a draft, layout residue.
import { collapse } from '../../normalize/text.js';
import { findDate } from './values.js';

const NOISE =
  /^(?:действующ\p{L}*|недействующ\p{L}*|утратил\p{L}*\s+силу|фактически\s+утратил\p{L}*.*|расширенный\s+поиск|advertisement|background\s+image|проект|страница\s+\d+\s+из\s+\d+|стр\.\s*\d+(?:\s+из\s+\d+)?|версия\s+для\s+печати|распечатать|скачать.*|сохранить.*|просмотр\p{L}*:?\s*\d*|опубликован\p{L}*:?.*|дата\s+(?:публикации|размещения).*|источник:.*|документ\s+предоставлен.*|(?:главная|home)\s*[/>»|].*|[|\s_—–-]*)$/iu;

/** A line that is never the issuer, a title or a requisite. */
export function isNoiseLine(text: string): boolean {
  return NOISE.test(collapse(text));
}

// «Постановление Правительства Ярославской области от 21.08.2013 № 1090-п [«О …»]»: an act cited by its kind word
const CITED_ACT = /^(приказ|распоряжение|постановление|решение)\s+(\p{L}.*?)\s+от\s+/iu;

/** The act named by a citation line: kind word, the issuer in the genitive, date and number. */
export function citedActLine(text: string): { kind: string; issuer: string; rest: string } | null {
  const t = collapse(text);
  const m = CITED_ACT.exec(t);
  if (!m || !findDate(t.slice(m[0].length - 3))) return null;
  return { kind: m[1]!, issuer: m[2]!, rest: t.slice(m[0].length - 3) };
}

const letters = (s: string) => s.toLowerCase().replace(/ё/gu, 'е').replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * An index's title line: the same words open a later line (with the lines after it) within the window —
 * the document's own heading, repeated above it by the site that stored it.
 */
export function repeatsBelow(lines: readonly string[], at: number, window: number): boolean {
  const line = lines[at] ?? '';
  const own = letters(line);
  // an index's title is a sentence-long name in ordinary case; a short line in capitals is a letterhead
  // («АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА» above «Администрация города Энска ПОСТАНОВЛЯЕТ:»)
  if (own.length < 35 || line === line.toUpperCase()) return false;
  const probe = own.slice(0, 30);
  for (let j = at + 1; j < Math.min(lines.length, at + window); j++) {
    let joined = '';
    for (let k = j; k < Math.min(lines.length, j + 6) && joined.length < probe.length; k++) joined += letters(lines[k]!);
    if (joined.startsWith(probe)) return true;
  }
  return false;
}
