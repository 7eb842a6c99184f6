// Appendix headers («Приложение 1 к приказу … от … № …») and approval stamps («УТВЕРЖДЕН приказом …
// от … № …»): what each says about itself, and where its heading starts.
import type { Appendix } from '../model/roadmap.js';
import { collapse } from '../normalize/text.js';
import { plainText, type ProseLine } from './document-flow.js';
import { findDate, findNumber } from './requisites/values.js';

const APPENDIX = /^(приложени[ея](?:\s*(?:(?:№|N)\s*)?\d+[а-я]?|\s+[IVX]+)?)(?=$|[\s.,:])/iu;
// «УТВЕРЖДЕН», «(Утверждено приказами …)»: a stamp may open with a parenthesis
const STAMP = /^\(?(у\s*т\s*в\s*е\s*р\s*ж\s*д\s*е\s*н(?:\s*[аоы])?|согласован[аоы]?)(?=$|[\s.,:])/iu;
const REF_LINE = /^(?:к\s+(?:приказу|распоряжению|постановлению|решению|письму|плану)|приказом|распоряжением|постановлением|решением|от\s|(?:№|N)\s*\d)/iu;

export interface AppendixHeader {
  appendix: Appendix;
  /** The stamp form («УТВЕРЖДЕН …»): a plan's approval rather than an appendix label. */
  stamp: boolean;
  start: number;
  end: number;
  /** The header's words after its label, lines joined: who issued the act it names. */
  text: string;
}

export function isAppendixStart(line: ProseLine | undefined): boolean {
  if (!line) return false;
  const t = plainText(line);
  return APPENDIX.test(t) || (STAMP.test(t) && t.length < 200);
}

export function readAppendixHeader(lines: ProseLine[], from: number, limit: number): AppendixHeader | null {
  const first = plainText(lines[from]);
  const m = APPENDIX.exec(first) ?? STAMP.exec(first);
  if (!m) return null;
  const stamp = !APPENDIX.test(first);
  const label = collapse(m[1]!);
  const parts = [first.slice(m[0].length)];
  let i = from + 1;
  let found = findRefs(parts.join(' '));
  // the header runs over its paragraph, or over the lines that name the act («к приказу …», «от … № …»)
  while (i < limit && i < from + 8 && !(found.date && found.number)) {
    const line = lines[i]!;
    const t = plainText(line);
    // a stamp runs on (three to six short lines) until it has named its act's date
    const stampGoesOn = stamp && !found.date && t.length < 120 && !isAppendixStart(line);
    if (line.para !== lines[from]!.para && !REF_LINE.test(t) && !/^\p{Ll}/u.test(t) && !stampGoesOn) break;
    parts.push(t);
    found = findRefs(parts.join(' '));
    i++;
  }
  if (!stamp && !found.date && !found.number && parts.join('').trim() === '' && lines[i]?.para === lines[from]!.para) {
    // «Приложение» alone on its line with nothing about the act: still a header
  }
  if (stamp && !found.date && !found.number) return null;
  return { appendix: { label, refDate: found.date, refNumber: found.number, title: null }, stamp, start: from, end: i, text: collapse(parts.join(' ')) };
}

function findRefs(text: string): { date: string | null; number: string | null } {
  // «… (в редакции постановления … от …)»: the act that amended it, not the one that approved it
  const t = collapse(text).replace(/\(?\s*в\s+ред(?:\.|акции).*$/iu, '');
  const ot = /(?:^|\s)от\s+/u.exec(t);
  const tail = ot ? t.slice(ot.index) : t;
  const date = findDate(tail);
  // «к приказу №181/1 от 13.09.2021г.»: the number may stand before «от»
  const num = findNumber(tail) ?? findNumber(t);
  return { date: date?.date ?? null, number: num?.number ?? null };
}
