// Who signed the act (position and name), who approved a report («УТВЕРЖДАЮ»), who acknowledged it
// («С приказом ознакомлен: …»).
import type { Table } from '../document/model.js';
import type { Signatory } from '../model/roadmap.js';
import { collapse, joinLines } from '../normalize/text.js';
import { isPersonName, nameAtEnd, nameAtStart } from './person-name.js';
import { plainText, type ProseLine } from './document-flow.js';
import { findDate, findDates, withoutDates } from '../dates/index.js';

const ACKNOWLEDGED = /^(?:с\s+(?:настоящим\s+)?(?:приказом|распоряжением|постановлением|решением|документом)\s+)?ознакомлен(?:а|ы|о)?\s*[:.-]?\s*/iu;
// «УТВЕРЖДАЮ», alone or with the start of the approver's position on its line (a PDF joins them)
const APPROVED = /^у\s*т\s*в\s*е\s*р\s*ж\s*д\s*а\s*ю\s*:?(?:\s+(\S.*))?$/iu;
const DATE_BLANK_FORM = /^[«"]?[_\s\d]*[»"]?\s*_{2,}|^[«"]\s*_+|^(?:м\.\s?п\.|мп)$/iu;

/** A date line under a signature, written or left blank to fill in, or the seal's «М.П.». */
function isDateOrBlank(text: string): boolean {
  return DATE_BLANK_FORM.test(text) || (findDates(text).length === 1 && /^[\s.г]*$/u.test(withoutDates(text).replace(/года?/gu, '')));
}

export interface SignatoriesResult {
  signatories: Signatory[];
  end: number;
}

/** The signature right after the operative part: position lines, then a name (on its line or at its end). */
export function readSignature(lines: ProseLine[], start: number, limit: number): SignatoriesResult {
  const position: string[] = [];
  for (let i = start; i < limit && i < start + 8; i++) {
    const raw = lines[i]!.text;
    const text = collapse(raw.replace(/\t/g, ' '));
    if (ACKNOWLEDGED.test(text) || /^приложени/iu.test(text)) break;
    if (isPersonName(text)) {
      return { signatories: [{ role: 'signed', position: joinLines(position) || null, name: text }], end: i + 1 };
    }
    const tail = nameAtEnd(raw.includes('\t') ? raw.split('\t').filter(Boolean).join('\t') : text);
    if (tail && (raw.includes('\t') || tail.before.length > 0)) {
      const pos = joinLines([...position, tail.before.replace(/\t/g, ' ')]);
      return { signatories: [{ role: 'signed', position: pos || null, name: tail.name }], end: i + 1 };
    }
    position.push(text);
  }
  return { signatories: [], end: start };
}

/** «С приказом ознакомлен: Захаров С.П.», one name or several (on the line or on the lines below). */
export function readAcknowledged(lines: ProseLine[], from: number, limit: number): { signatories: Signatory[]; end: number } | null {
  const text = plainText(lines[from]);
  const m = ACKNOWLEDGED.exec(text);
  if (!m || !/ознакомлен/iu.test(text)) return null;
  const out: Signatory[] = [];
  const collect = (s: string) => {
    for (const part of s.split(/[,;]\s*/u)) {
      const p = collapse(withoutDates(part).replace(/_+/gu, ' ').replace(/(?:^|\s)г\.(?=\s|$)/gu, ' '));
      if (p === '') continue;
      const start = nameAtStart(p);
      const end = nameAtEnd(p);
      if (start && start.rest.trim() === '') out.push({ role: 'acknowledged', position: null, name: start.name });
      else if (end) out.push({ role: 'acknowledged', position: end.before.replace(/[,–—-]\s*$/u, '').trim() || null, name: end.name });
      else if (start) out.push({ role: 'acknowledged', position: start.rest.replace(/^[\s,–—-]+/u, '').trim() || null, name: start.name });
    }
  };
  collect(text.slice(m[0].length));
  let i = from + 1;
  for (; i < limit; i++) {
    const t = plainText(lines[i]);
    if (!nameAtStart(t) && !nameAtEnd(t)) break;
    collect(t);
  }
  return { signatories: out, end: i };
}

/** «УТВЕРЖДАЮ / Директор … / ______ И.И. Иванов / «__» ____ 2022 г.» */
export function readApproval(lines: ProseLine[], from: number, limit: number): { signatory: Signatory; end: number; date: string | null } | null {
  const head = APPROVED.exec(plainText(lines[from]));
  if (!head) return null;
  const position: string[] = head[1] ? [head[1]] : [];
  for (let i = from + 1; i < limit && i < from + 8; i++) {
    const raw = lines[i]!.text;
    const text = collapse(raw.replace(/\t/g, ' '));
    if (isPersonName(text)) return { signatory: { role: 'approved', position: joinLines(position) || null, name: text }, ...dateAfter(lines, i + 1, limit) };
    const tail = nameAtEnd(text);
    if (tail) {
      const before = tail.before.replace(/_+/gu, ' ').trim();
      return {
        signatory: { role: 'approved', position: joinLines([...position, before]) || null, name: tail.name },
        ...dateAfter(lines, i + 1, limit),
      };
    }
    if (isDateOrBlank(text)) break;
    position.push(text);
  }
  return null;
}

/** The date line under an approver's signature («"30" декабря 2022 г.», or blanks to fill in), if any. */
function dateAfter(lines: ProseLine[], i: number, limit: number): { end: number; date: string | null } {
  let date: string | null = null;
  while (i < limit) {
    const t = plainText(lines[i]);
    const found = t.length <= 40 ? findDate(t) : null;
    if (found && t.replace(/[«»"“”\s.г]|года?/gu, '').length <= found.length + 2) {
      date ??= found.date;
      i++;
      continue;
    }
    if (!isDateOrBlank(t)) break;
    i++;
  }
  return { end: i, date };
}

/** The line over an acknowledgement sheet: «Лист ознакомления», «С приказом ознакомлены:». */
export const ACKNOWLEDGEMENT_SHEET = /^(?:лист\s+ознакомления|с\s+(?:настоящим\s+)?(?:приказом|распоряжением|постановлением|решением|документом)\s+ознакомлен\p{L}*)/iu;

/**
 * An acknowledgement sheet laid out as a table (№ | Ф.И.О. | Должность | Подпись | Дата): one `acknowledged`
 * signatory per person named in it, with the position where the sheet gives one.
 */
export function readAcknowledgementTable(table: Table): Signatory[] {
  const cellText = (c: { lines: string[] } | undefined) => collapse((c?.lines ?? []).join(' '));
  const head = table.rows[0]?.cells.map(cellText) ?? [];
  let nameCol = head.findIndex((h) => /ф\.?\s*и\.?\s*о|фамилия|работник|сотрудник/iu.test(h));
  const posCol = head.findIndex((h) => /должност/iu.test(h));
  const out: Signatory[] = [];
  for (const row of table.rows.slice(nameCol >= 0 ? 1 : 0)) {
    const cells = row.cells.map(cellText);
    // without a named column, the cell that holds a person's name
    const at = nameCol >= 0 ? nameCol : cells.findIndex((c) => isPersonName(c));
    const text = cells[at] ?? '';
    const name = isPersonName(text) ? text : nameAtStart(text)?.name;
    if (name) {
      out.push({ role: 'acknowledged', position: (posCol >= 0 ? cells[posCol] : '') || null, name });
      continue;
    }
    // a row whose cells ran together (a text export): «2 / Орлов Пётр Сергеевич / учитель истории» in one cell
    const lines = row.cells.flatMap((c) => c.lines.map((l) => collapse(l)));
    const k = lines.findIndex((l) => isPersonName(l));
    if (k < 0) continue;
    const next = lines[k + 1] ?? '';
    out.push({ role: 'acknowledged', position: /^\p{Ll}/u.test(next) && next.length < 120 ? next : null, name: lines[k]! });
  }
  return out;
}

/** Every row after the header names a person: the whole table is the sheet (not a sheet run into a plan). */
export function isWholeSheet(table: Table): boolean {
  const people = readAcknowledgementTable(table).length;
  return people > 0 && people >= table.rows.length - 1;
}

const SHEET_HEADER = /^(?:№(?:\s*п\/п)?|п\/п|ф\.?\s*и\.?\s*о\.?.*|фамилия.*|должность|подпись|дата.*|роспись)$/iu;

/**
 * The same sheet in a text export, one cell per line: «Лист ознакомления», its header cells, then for each person a
 * number, the name and perhaps the position.
 */
export function readAcknowledgementLines(lines: ProseLine[], from: number, limit: number): { signatories: Signatory[]; end: number } | null {
  if (!/^лист\s+ознакомления$/iu.test(plainText(lines[from]))) return null;
  let i = from + 1;
  while (i < limit && SHEET_HEADER.test(plainText(lines[i]))) i++;
  const out: Signatory[] = [];
  while (i < limit) {
    let t = plainText(lines[i]);
    if (/^\d{1,3}\.?$/u.test(t) && i + 1 < limit) t = plainText(lines[++i]);
    const name = isPersonName(t) ? t : null;
    if (!name) break;
    i++;
    const next = i < limit ? plainText(lines[i]) : '';
    const position = next && !/^\d{1,3}\.?$/u.test(next) && !isPersonName(next) && /^\p{Ll}/u.test(next) && next.length < 120 ? next : null;
    if (position) i++;
    out.push({ role: 'acknowledged', position, name });
  }
  return out.length ? { signatories: out, end: i } : null;
}
