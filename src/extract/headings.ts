// Headings above tables and lists: the plan's title above its table, a group's title above its list.
import { joinLines } from '../normalize/text.js';
import { isAppendixStart } from './appendices.js';
import { isPersonName, nameAtEnd } from './person-name.js';
import { plainText, type ProseLine } from './document-flow.js';
import { PREAMBLE_START } from './preamble-start.js';
import { readRequisiteLine } from './requisites/line-forms.js';

const NOT_HEADING = /^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[-–—•]\s|с\s+(?:приказом|распоряжением)\s+ознакомлен|ознакомлен|м\.\s?п\.)/iu;

/**
 * The heading right above position `at`: whole paragraphs walking back until an anchor (an appendix
 * header, a signature, a numbered clause, the end of an earlier block at `reach`).
 */
export function headingBefore(lines: ProseLine[], at: number, reach: number): { text: string | null; start: number } {
  const paras: ProseLine[][] = [];
  let i = at - 1;
  let chars = 0;
  while (i >= reach && paras.length < 3) {
    const para = lines[i]!.para;
    const group: ProseLine[] = [];
    let j = i;
    while (j >= reach && lines[j]!.para === para) group.unshift(lines[j--]!);
    // a stamp or appendix header may share a paragraph with the heading in exports without blank lines
    const anchorAt = group.findIndex((l, k) => k > 0 && isAnchor(l));
    if (anchorAt > 0) {
      const tail = group.slice(anchorAt + 1).filter((l) => !isAnchor(l));
      if (tail.length) paras.unshift(tail);
      break;
    }
    if (group.some(isAnchor)) break;
    const text = joinLines(group.map((l) => l.text.replace(/\t/g, ' ')));
    if (text.length > 600 || chars + text.length > 900) break;
    chars += text.length;
    paras.unshift(group);
    i = j;
  }
  if (paras.length === 0) return { text: null, start: at };
  const text = joinLines(paras.flat().map((l) => l.text.replace(/\t/g, ' ')));
  return { text: text || null, start: at - paras.flat().length };
}

const APPROVAL = /^(?:у\s*т\s*в\s*е\s*р\s*ж\s*д\s*а\s*ю|согласовано)/iu;
/** A line of a date (or its blank form) and perhaps a number, as under a signature or in a stamp. */
function isDateLine(text: string): boolean {
  const r = readRequisiteLine(text, { afterRequisites: false });
  return r !== null && (r.date !== null || r.form === 'blank-form');
}

function isAnchor(line: ProseLine): boolean {
  const t = plainText(line);
  if (isAppendixStart(line) || NOT_HEADING.test(t) || isPersonName(t)) return true;
  // a sentence of the preamble, an approval block, a date line: the heading is below them
  if (PREAMBLE_START.test(t) || APPROVAL.test(t) || isDateLine(t) || /_{3,}/u.test(t)) return true;
  if (t.length > 80 && /[.;]$/u.test(t) && !/^(?:план|дорожная|перечень|мероприятия|отч[её]т)/iu.test(t)) return true;
  if (line.text.includes('\t') && nameAtEnd(t)) return true;
  // the end of a reference line of a header («от 30.12.2021 № 275-осн/д»)
  if (/^(?:от\s|к\s+(?:приказу|распоряжению|постановлению))/iu.test(t)) return true;
  return false;
}
