// The requisites of the document (`document`: type, typeLabel, issuer, date, number, place, title): one home for
// the small grammar of letterheads, stamps and headings.
//
// An act with a heading («ПРИКАЗ», «Р А С П О Р Я Ж Е Н И Е», «ПРИКАЗот 12.05.11 N 338-к»): the issuer is the block
// above it, the lines under it are read by the forms of line-forms.ts until one is not a requisite, and the title is
// the «О …» heading that follows. Without a heading: a report, an act whose body says what it is (its own appendix
// stamp may still name it), or a plan published alone, whose stamps name the approving act.
import type { Diagnostic } from '../../model/diagnostic.js';
import type { DocumentType } from '../../model/roadmap.js';
import { actHeading, ORGAN_IN_GENITIVE } from '../act-kinds.js';
import { plainText, type ProseLine } from '../document-flow.js';
import { bodyKind } from './body-kind.js';
import { issuerBlock, letterheadAbove } from './issuer.js';
import { citedActLine, isNoiseLine, repeatsBelow } from './junk.js';
import { readRequisiteLine } from './line-forms.js';
import { placeInAddress } from './place.js';
import { planHeading, planKindLabel, headingFrom, reportHeading } from './plan-heading.js';
import { bestStamp, readStamps, type Stamp } from './stamps.js';
import { findNumber } from './values.js';
import { actTitle } from './title.js';
import { unfoldHeader } from './unfold.js';

export { isPlaceLine } from './place.js';

export interface Requisites {
  type: DocumentType;
  typeLabel: string | null;
  issuer: string | null;
  date: string | null;
  number: string | null;
  place: string | null;
  title: string | null;
  /** Index of the first line after the header (where the preamble starts); the start of the body for an act without header. */
  end: number;
  /** Index of the act's heading line, or -1 when the document shows no act (a report, a plan alone, nothing). */
  headingAt: number;
  /** The act has a body to read (clauses, signature): it has a heading, or its body says what it is. */
  isAct: boolean;
}

/** How far into the document the header may reach. */
const HEAD_WINDOW = 40;

export function readRequisites(all: ProseLine[], limit: number): Requisites {
  const lines = unfoldHeader(all);
  const folded = lines.length - all.length;
  const to = (i: number) => Math.max(0, i - folded);
  const r = read(lines, Math.min(limit + folded, lines.length));
  return { ...r, end: r.isAct && r.headingAt < 0 ? r.end : to(r.end), headingAt: r.headingAt < 0 ? -1 : to(r.headingAt) };
}

function read(lines: ProseLine[], limit: number): Requisites {
  const start = contentStart(lines, limit);
  const end = Math.min(limit, lines.length, start + HEAD_WINDOW);
  for (let i = start; i < end; i++) {
    const heading = actHeading(plainText(lines[i]));
    // «Приказ №_66 от 09.03.2011» under «УТВЕРЖДАЮ … подпись» names the approving act, it is not this one's heading
    if (heading && !underApproval(lines, i)) return actRequisites(lines, start, i, heading, limit);
  }
  return headerless(lines, start, limit);
}

function underApproval(lines: ProseLine[], at: number): boolean {
  for (let k = Math.max(0, at - 6); k < at; k++) if (/^у\s*т\s*в\s*е\s*р\s*ж\s*д\s*а\s*ю/iu.test(plainText(lines[k]))) return true;
  return false;
}

/** The first line of the document proper: past noise and an index's title line (the heading repeated above it). */
function contentStart(lines: ProseLine[], limit: number): number {
  const texts = lines.slice(0, Math.min(lines.length, HEAD_WINDOW + 10)).map((l) => plainText(l));
  let i = 0;
  while (i < Math.min(limit, texts.length)) {
    const t = texts[i]!;
    if (isNoiseLine(t)) {
      i++;
      continue;
    }
    // the act's short name and date above its own header, or a plan's heading repeated above its stamp
    const cited = citedActLine(t);
    if (cited && actHeadingWithin(texts, i + 1, i + 8)) {
      i++;
      continue;
    }
    if (repeatsBelow(texts, i, HEAD_WINDOW)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

function actHeadingWithin(texts: string[], from: number, to: number): boolean {
  for (let j = from; j < Math.min(to, texts.length); j++) if (actHeading(texts[j]!)) return true;
  return false;
}

function actRequisites(
  lines: ProseLine[],
  start: number,
  headingAt: number,
  found: NonNullable<ReturnType<typeof actHeading>>,
  limit: number,
): Requisites {
  let heading = found;
  let date: string | null = null;
  let number: string | null = null;
  let place: string | null = null;
  const take = (got: { date: string | null; number: string | null; place: string | null }) => {
    date ??= got.date;
    number ??= got.number;
    place ??= got.place;
  };
  // «ПОСТАНОВЛЕНИЕ / АДМИНИСТРАЦИИ ГОРОДА ЭНСКА»: the organ named under the act's word, in the genitive
  const below: string[] = [];
  if (ORGAN_IN_GENITIVE.test(heading.rest)) {
    below.push(heading.rest);
    heading = { ...heading, rest: '' };
  }
  let g = headingAt + 1;
  for (; g < Math.min(limit, headingAt + 4) && ORGAN_IN_GENITIVE.test(plainText(lines[g])); g++) below.push(plainText(lines[g]));
  // the heading line itself may carry the date and number
  let afterRequisites = false;
  if (heading.rest) {
    const got = readRequisiteLine(heading.rest, { afterRequisites });
    if (got) {
      take(got);
      afterRequisites = Boolean(got.date || got.number);
    }
  }
  let i = g;
  for (; i < Math.min(limit, headingAt + 9); i++) {
    const text = plainText(lines[i]);
    if (isNoiseLine(text) && text !== '') continue;
    const got = readRequisiteLine(text, { afterRequisites });
    if (!got) break;
    take(got);
    if (got.date || got.number) afterRequisites = true;
  }
  // a date line set above the heading (a layout table's row before it)
  for (let k = start; k < headingAt && (!date || !number); k++) {
    const got = readRequisiteLine(plainText(lines[k]), { afterRequisites: false });
    if (got && (got.date || got.number) && got.form === 'date-number-place') take(got);
  }
  place ??= placeAbove(lines, start, headingAt);
  const title = actTitle(lines, i, limit);
  return {
    type: heading.type,
    typeLabel: heading.label,
    issuer: issuerBlock(lines, start, headingAt) ?? (below.length ? below.join(' ') : null),
    date,
    number,
    place,
    title: title.text,
    end: title.end,
    headingAt,
    isAct: true,
  };
}

/** The town in the letterhead's address, for a document with no place line. */
function placeAbove(lines: ProseLine[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const p = placeInAddress(plainText(lines[i]));
    if (p) return p;
  }
  return null;
}

function headerless(lines: ProseLine[], start: number, limit: number): Requisites {
  const none: Requisites = { type: 'unknown', typeLabel: null, issuer: null, date: null, number: null, place: null, title: null, end: 0, headingAt: -1, isAct: false };
  const stamps = readStamps(lines, start, Math.min(limit, start + HEAD_WINDOW + 20));
  const inStamp = (i: number) => stamps.some((s) => i >= s.start && i < s.end);
  const report = reportHeading(lines, start, limit);
  if (report) {
    return {
      ...none,
      type: 'report',
      typeLabel: report.typeLabel,
      title: report.title,
      issuer: letterheadAbove(lines, start, report.at, inStamp),
      place: placeAbove(lines, start, report.at),
    };
  }
  const plan = planHeading(lines, start, limit, (i) => inStamp(i) || isNoiseLine(plainText(lines[i])));
  const body = bodyKind(lines, start, limit);
  if (body && (!plan || plan.at > start + 1)) {
    // its own appendix stamp («Утвержден распоряжением … от … N …») names the act when the kinds agree
    const own = stamps.find((s) => s.kind === 'approved' && s.act === body.type);
    return {
      ...none,
      type: body.type,
      date: own?.date ?? null,
      number: own?.number ?? null,
      issuer: own?.issuer ?? null,
      end: body.at,
      isAct: true,
    };
  }
  const cited = stamps.find((s) => s.kind === 'cited');
  const planInCited = cited && !plan ? citedPlan(lines, cited) : null;
  const heading = plan ?? planInCited;
  if (!heading && stamps.length === 0) return none;
  const stamp = bestStamp(stamps);
  const approver = stamps.find((s) => s.kind === 'approver' && s.issuer);
  const ownLetterhead = heading ? letterheadAbove(lines, start, heading.at, inStamp) : null;
  return {
    ...none,
    type: 'plan',
    typeLabel: heading?.typeLabel ?? null,
    title: heading?.title ?? null,
    date: stamp?.date ?? null,
    number: stamp?.number ?? null,
    issuer: ownLetterhead ?? stamp?.issuer ?? approver?.issuer ?? null,
    place: placeAbove(lines, start, heading?.at ?? start),
  };
}

/** A plan's heading glued to the line citing its act («… № 263-ПП/9План-график мероприятий |…»). */
function citedPlan(lines: ProseLine[], stamp: Stamp): { typeLabel: string | null; title: string | null; at: number } | null {
  const t = plainText(lines[stamp.start]);
  const num = findNumber(t);
  if (!num) return null;
  const rest = t.slice(num.index + num.length).trim();
  const label = planKindLabel(rest);
  if (!label) return null;
  const h = headingFrom(lines, stamp.start, stamp.start + 1, rest);
  return { typeLabel: label, title: h.text, at: stamp.start };
}

/** A diagnostic for each requisite a document of its kind should give and this one does not. */
export function requisiteDiagnostics(r: Requisites, at: { line?: number; page?: number }): Diagnostic[] {
  if (r.type === 'unknown') {
    return [{ code: 'document-kind-unknown', severity: 'warning', message: 'no act heading, stamp or plan heading found: the document\'s kind and requisites are unknown', at }];
  }
  const out: Diagnostic[] = [];
  if (r.isAct && r.headingAt < 0) out.push({ code: 'document-heading-missing', severity: 'warning', message: `the act's header is missing; its kind (${r.type}) is read from its body`, at });
  if (r.type === 'report') return out;
  if (!r.date) out.push({ code: 'document-date-missing', severity: 'warning', message: 'the act\'s date is not given (or its form is left blank)', at });
  if (!r.number) out.push({ code: 'document-number-missing', severity: 'warning', message: 'the act\'s number is not given (or its form is left blank)', at });
  if (!r.issuer) out.push({ code: 'document-issuer-missing', severity: 'warning', message: 'no issuer is named above the heading or in a stamp', at });
  return out;
}
