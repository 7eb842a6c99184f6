// What a plan published alone (or an act whose header is missing) says about the act behind it: the stamps above
// its heading. Each gives the approving act's date, number and issuer as the stamp writes them (genitive kept).
import type { DocumentType } from '../../model/roadmap.js';
import { collapse, joinLines } from '../../normalize/text.js';
import { isAppendixStart, readAppendixHeader } from '../appendices.js';
import { isPersonName, nameAtEnd } from '../person-name.js';
import { plainText, type ProseLine } from '../document-flow.js';
import { citedActLine } from './junk.js';
import { findDate, findNumber } from './values.js';

export type StampKind = 'approved' | 'appendix' | 'approver' | 'cited';

export interface Stamp {
  kind: StampKind;
  /** The kind of act the stamp names («распоряжением» → directive), when it says. */
  act: DocumentType | null;
  date: string | null;
  number: string | null;
  issuer: string | null;
  start: number;
  end: number;
}

/** Which stamp speaks for the plan when several do: the approval states it; an appendix label only attaches. */
export const STAMP_RANK: Record<StampKind, number> = { approved: 0, appendix: 1, approver: 2, cited: 3 };

const ACT_NOUN = /(?<![\p{L}])(приказ|распоряжени|постановлени|решени)\p{L}*/iu;
const NOUN_TYPE: Record<string, DocumentType> = { приказ: 'order', распоряжени: 'directive', постановлени: 'resolution', решени: 'decision' };
// a position opening the words that name the approver's organisation
const POSITION = /^(?:и\.?\s?о\.?\s+|врио\s+)?(?:заместител\p{L}*\s+)?(?:директор\p{L}*|заведующ\p{L}*|руководител\p{L}*|начальник\p{L}*|министр\p{L}*|глав\p{L}*|ректор\p{L}*|председател\p{L}*|президент\p{L}*|губернатор\p{L}*)(?:\s+|$)/iu;

function actOf(text: string): DocumentType | null {
  const m = ACT_NOUN.exec(text);
  return m ? (NOUN_TYPE[m[1]!.toLowerCase()] ?? null) : null;
}

/** «… распоряжением Правительства Омской области от …» → «Правительства Омской области»; a person's name and position dropped. */
function issuerIn(text: string): string | null {
  const m = ACT_NOUN.exec(text);
  if (!m) return null;
  const after = text.slice(m.index + m[0].length);
  const ot = /(?:^|\s)от(?:\s|$)/u.exec(after);
  let who = collapse((ot ? after.slice(0, ot.index) : after).replace(/^\s*(?:№|N)\s*\S+/u, ' '));
  const person = nameAtEnd(who);
  if (person) who = person.before;
  who = collapse(who.replace(POSITION, '').replace(/[,;:]$/u, ''));
  return /\p{Lu}/u.test(who) && who.length >= 4 ? who : null;
}

/** «УТВЕРЖДАЮ / Директор МБОУ «…» / ____ И.О. Фамилия / Приказ от 30.08.2023 № 123». */
const APPROVE = /^у\s*т\s*в\s*е\s*р\s*ж\s*д\s*а\s*ю\s*:?\s*(.*)$/iu;

function readApprover(lines: readonly ProseLine[], from: number, limit: number): Stamp | null {
  const head = APPROVE.exec(plainText(lines[from]));
  if (!head) return null;
  const position: string[] = head[1] ? [head[1]] : [];
  let i = from + 1;
  let signed = false;
  let date: string | null = null;
  let number: string | null = null;
  let act: DocumentType | null = null;
  for (; i < limit && i < from + 6; i++) {
    const t = plainText(lines[i]);
    const signature = /[_…]{2,}|\.{4,}/u.test(t) || isPersonName(t) || nameAtEnd(t);
    if (signature) {
      // the approving order may share the signature's line in a PDF («____ И.О. Петрова Приказ от 30.08.2023 № 123»)
      const d = findDate(t);
      if (d) {
        date = d.date;
        number = findNumber(t.slice(d.index))?.number ?? findNumber(t)?.number ?? null;
        act = actOf(t);
      }
      const before = nameAtEnd(t)?.before.replace(/[_…./\s]+$/u, '') ?? '';
      if (before && !/^[_…./\s]*$/u.test(before)) position.push(before);
      signed = true;
      i++;
      break;
    }
    position.push(t);
  }
  if (!signed) return null;
  // the approving order may follow the signature: «Приказ №_66 от 09.03.2011_», or just the date
  for (let k = i; k < limit && k < i + 2; k++) {
    const t = plainText(lines[k]);
    const d = findDate(t);
    if (!d || t.length > 80) break;
    date ??= d.date;
    number ??= findNumber(t)?.number ?? null;
    act ??= actOf(t);
    i = k + 1;
  }
  const pos = collapse(joinLines(position).replace(/\//gu, ' '));
  const org = collapse(pos.replace(POSITION, ''));
  return { kind: 'approver', act, date, number, issuer: org && org !== pos ? org : null, start: from, end: i };
}

/** The stamps among lines [from, limit). */
export function readStamps(lines: readonly ProseLine[], from: number, limit: number): Stamp[] {
  const out: Stamp[] = [];
  for (let i = from; i < limit; i++) {
    const line = lines[i]!;
    const t = plainText(line);
    const approver = readApprover(lines, i, limit);
    if (approver) {
      out.push(approver);
      i = approver.end - 1;
      continue;
    }
    if (isAppendixStart(line)) {
      const h = readAppendixHeader(lines as ProseLine[], i, limit);
      // a stamp names an act («распоряжением …», «к приказу …»); «Утвержден перечень …» in a table is not one
      if (h && (h.appendix.refDate || h.appendix.refNumber) && actOf(h.text)) {
        out.push({
          kind: h.stamp ? 'approved' : 'appendix',
          act: actOf(h.text),
          date: h.appendix.refDate,
          number: h.appendix.refNumber,
          issuer: issuerIn(h.text),
          start: i,
          end: h.end,
        });
        i = h.end - 1;
        continue;
      }
    }
    // a line citing the act («Постановление Правительства … от … № …») at the head of a page of the plan
    const cited = citedActLine(t);
    if (cited && i - from < 3) {
      const num = findNumber(cited.rest);
      out.push({
        kind: 'cited',
        act: actOf(cited.kind),
        date: findDate(cited.rest)?.date ?? null,
        number: num?.number ?? null,
        issuer: cited.issuer,
        start: i,
        end: i + 1,
      });
    }
  }
  return out;
}

/** The stamp that speaks for the plan: the best-ranked one, the first of its rank. */
export function bestStamp(stamps: readonly Stamp[]): Stamp | null {
  let best: Stamp | null = null;
  for (const s of stamps) if (!best || STAMP_RANK[s.kind] < STAMP_RANK[best.kind]) best = s;
  return best;
}
