// The act's title: the «О …»/«Об …» heading under the requisites, over one or several lines — never the date line,
// the number, the place or an address; a database's editorial title in brackets («[О Концепции …]») counts, its
// brackets dropped. No such heading: null.
import { collapse, joinLines } from '../../normalize/text.js';
import { isOperativeWord } from '../act-kinds.js';
import { PREAMBLE_START } from '../preamble-start.js';
import { plainText, type ProseLine } from '../document-flow.js';

export const TITLE_START = /^\[?(?:о|об|обо|по|на|за)\s/iu;
// what ends a title: an editor's note, a rule, the clauses, the list of amending acts
const TITLE_STOP = /^(?:\((?:с\s+изменениями|в\s+ред)|_{3,}|документ\s+с\s+изменениями|\d+[.)]\s|фактически\s+утратил)|(?:приказываю|постановляю|постановляет|распоряжаюсь|обязываю|решил[аи]?|решает)\s*:\s*$/iu;

export function actTitle(lines: readonly ProseLine[], start: number, limit: number): { text: string | null; end: number } {
  const first = lines[start];
  if (!first || start >= limit) return { text: null, end: start };
  const t = plainText(first);
  if (PREAMBLE_START.test(t) || TITLE_STOP.test(t) || isOperativeWord(t)) return { text: null, end: start };
  if (!TITLE_START.test(t) && !(first.bold && t.length <= 300 && /^\p{Lu}/u.test(t))) return { text: null, end: start };
  const bracketed = t.startsWith('[');
  const parts: string[] = [];
  let i = start;
  for (; i < limit && lines[i]!.para === first.para; i++) {
    const line = plainText(lines[i]);
    if (i > start && (PREAMBLE_START.test(line) || TITLE_STOP.test(line) || isOperativeWord(line))) break;
    parts.push(lines[i]!.text.replace(/\t/g, ' '));
    if (bracketed && line.includes(']')) {
      i++;
      break;
    }
  }
  let text = joinLines(parts);
  if (bracketed) text = collapse(text.replace(/^\[/u, '').replace(/\]$/u, ''));
  return { text: text || null, end: i };
}
