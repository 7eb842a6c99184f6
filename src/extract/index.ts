// Extraction: the common document model -> the roadmap model (requisites, basis, clauses,
// signatories, appendices, roadmap tables, groups) with the diagnostics a careful reader would note.
import type { DocModel, ReaderNote } from '../document/model.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Appendix, DocumentInfo, Group, Roadmap, RoadmapModel, Signatory, Source } from '../model/roadmap.js';
import { SCHEMA_VERSION } from '../model/roadmap.js';
import { joinLines } from '../normalize/text.js';
import { isOperativeWord } from './act-kinds.js';
import { isAppendixStart, readAppendixHeader, type AppendixHeader } from './appendices.js';
import { citedActs } from './basis.js';
import { readClauses } from './clauses.js';
import { readGroup } from './groups.js';
import { readRequisites, requisiteDiagnostics } from './requisites/index.js';
import { plainText, documentFlow, type DocumentFlow, type ProseLine } from './document-flow.js';
import { extractRoadmaps } from './roadmap/index.js';
import { ACKNOWLEDGEMENT_SHEET, readAcknowledged, readAcknowledgementLines, readAcknowledgementTable, isWholeSheet, readApproval, readSignature } from './signatories.js';
import { PREAMBLE_START } from './preamble-start.js';

export function extractModel(doc: DocModel, source: Source): RoadmapModel {
  const flow = documentFlow(doc);
  const { lines } = flow;
  const diagnostics: Diagnostic[] = readerDiagnostics(doc.notes);
  const firstTableAt = flow.tables[0]?.at ?? lines.length;

  const head = readRequisites(lines, firstTableAt);
  const info: DocumentInfo = {
    type: head.type,
    typeLabel: head.typeLabel,
    issuer: head.issuer,
    date: head.date,
    number: head.number,
    place: head.place,
    title: head.title,
    basis: [],
    clauses: [],
    signatories: [],
    appendices: [],
  };

  // the act's body: preamble, operative part, signature
  let cursor = head.end;
  if (head.isAct) {
    const preambleEnd = findOperativeStart(lines, cursor, firstTableAt);
    info.basis = citedActs(lines.slice(cursor, preambleEnd.preambleEnd).map((l) => l.text).join(' '));
    const clauses = readClauses(lines, preambleEnd.clausesStart, firstTableAt);
    info.clauses = clauses.clauses;
    cursor = clauses.end;
    const sig = readSignature(lines, cursor, firstTableAt);
    info.signatories.push(...sig.signatories);
    cursor = sig.end;
  }

  // the rest: acknowledgements, approvals, appendix headers, groups — anywhere outside tables
  const headers: AppendixHeader[] = [];
  const groups: Group[] = [];
  const approvals: Signatory[] = [];
  let approvedOn: string | null = null;
  for (let i = head.isAct ? cursor : 0; i < lines.length; i++) {
    const ack = readAcknowledgementLines(lines, i, nextTableAt(flow, i)) ?? readAcknowledged(lines, i, lines.length);
    if (ack) {
      info.signatories.push(...ack.signatories);
      i = ack.end - 1;
      continue;
    }
    const appr = readApproval(lines, i, lines.length);
    if (appr) {
      approvals.push(appr.signatory);
      approvedOn ??= appr.date;
      i = appr.end - 1;
      continue;
    }
    if (isAppendixStart(lines[i])) {
      const h = readAppendixHeader(lines, i, lines.length);
      if (h) {
        headers.push(h);
        i = h.end - 1;
        continue;
      }
    }
    const g = readGroup(lines, i, nextTableAt(flow, i));
    if (g) {
      groups.push(g.group);
      i = g.end - 1;
    }
  }
  info.signatories.unshift(...approvals);

  if (!head.isAct) {
    // a report's grounds: the acts its opening paragraphs cite
    if (info.type === 'report') {
      const from = lines.findIndex((l, i) => i < firstTableAt && /^отч[её]т/iu.test(plainText(l)));
      const pre = lines.findIndex((l, i) => i > from && i < firstTableAt && PREAMBLE_START.test(l.plain));
      if (from >= 0 && pre > 0) info.basis = citedActs(lines.slice(pre, firstTableAt).map((l) => l.plain).join(' '));
      // a report is dated by its approval («УТВЕРЖДАЮ … «30» декабря 2022 г.»)
      info.date ??= approvedOn;
    }
  }
  const first = lines[0]?.pos ?? {};
  diagnostics.push(...requisiteDiagnostics({ ...head, date: info.date }, { ...(first.line !== undefined ? { line: first.line } : {}), ...(first.page !== undefined ? { page: first.page } : {}) }));

  // an acknowledgement sheet laid out as a table is people, not a roadmap
  const sheets = new Set(flow.tables.filter((t) => t.at > 0 && ACKNOWLEDGEMENT_SHEET.test(plainText(lines[t.at - 1]))));
  for (const t of sheets) info.signatories.push(...readAcknowledgementTable(t.table));
  // a sheet the reader ran together with the plan below it stays a table for the roadmap extractor too
  for (const t of sheets) if (!isWholeSheet(t.table)) sheets.delete(t);
  const roadmaps: Roadmap[] = extractRoadmaps(sheets.size ? { ...flow, tables: flow.tables.filter((t) => !sheets.has(t)) } : flow, {
    docDate: info.date,
    diagnostics,
    headingReach: (at) => headingReachBefore(flow, headers, at, cursor),
  });

  // a report or a standalone plan whose table has no heading of its own: the document's title names it
  if (info.type === 'report' || info.type === 'plan') for (const r of roadmaps) r.title ??= info.title;

  for (const h of headers) {
    if (h.stamp && info.type === 'plan') continue;
    info.appendices.push({ ...h.appendix, title: appendixTitle(flow, h) });
  }
  checkAppendices(info, headers, lines, diagnostics);

  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    document: info,
    roadmaps,
    groups,
    diagnostics,
  };
}

/** Where the preamble ends and the clauses start: at «ПРИКАЗЫВАЮ:», or at the first numbered line. */
function findOperativeStart(lines: ProseLine[], from: number, limit: number): { preambleEnd: number; clausesStart: number } {
  for (let i = from; i < limit; i++) {
    const t = plainText(lines[i]);
    if (isOperativeWord(t)) return { preambleEnd: i, clausesStart: i + 1 };
    // «… распоряжаюсь:» / «… приказываю:» at the end of the preamble's last sentence
    if (/(?:приказываю|постановляю|распоряжаюсь|обязываю|решил[аи]?)\s*:\s*$/iu.test(t.replace(/(?<=\p{L}) (?=\p{L}(?: |:|$))/gu, ''))) {
      return { preambleEnd: i + 1, clausesStart: i + 1 };
    }
    if (/^1[.)]\s*\p{Lu}/u.test(t) && lines[i]!.first) return { preambleEnd: i, clausesStart: i };
  }
  return { preambleEnd: from, clausesStart: from };
}

function nextTableAt(flow: DocumentFlow, i: number): number {
  return flow.tables.find((t) => t.at > i)?.at ?? flow.lines.length;
}

/** How far back a table's heading may reach: past the last anchor (an appendix header, an earlier table, the act's end). */
function headingReachBefore(flow: DocumentFlow, headers: AppendixHeader[], at: number, actEnd: number): number {
  let reach = Math.min(actEnd, at);
  for (const h of headers) if (h.end <= at) reach = Math.max(reach, h.end);
  for (const t of flow.tables) if (t.at < at) reach = Math.max(reach, t.at);
  return reach;
}

/** An appendix's title: the heading after its header, up to the table or list that follows. */
function appendixTitle(flow: DocumentFlow, h: AppendixHeader): string | null {
  const { lines } = flow;
  const limit = nextTableAt(flow, h.end - 1);
  const parts: string[] = [];
  let paras = 0;
  let para = -1;
  for (let i = h.end; i < limit; i++) {
    const line = lines[i]!;
    const t = plainText(line);
    if (isAppendixStart(line) || /^(?:\d{1,3}[.)]|[-–—•])\s/u.test(t)) break;
    if (line.para !== para) {
      if (++paras > 3) break;
      para = line.para;
    }
    parts.push(line.text.replace(/\t/g, ' '));
  }
  return joinLines(parts) || null;
}

function checkAppendices(info: DocumentInfo, headers: AppendixHeader[], lines: ProseLine[], diagnostics: Diagnostic[]): void {
  if (info.type === 'plan') return;
  for (const h of headers) {
    const a: Appendix = h.appendix;
    const at = lines[h.start]?.pos ?? {};
    const loc = { ...(at.line !== undefined ? { line: at.line } : {}), ...(at.page !== undefined ? { page: at.page } : {}) };
    if (a.refNumber && info.number && a.refNumber !== info.number) {
      diagnostics.push({
        code: 'appendix-number-mismatch',
        severity: 'warning',
        message: `${a.label} refers to №${a.refNumber}, the act is №${info.number}`,
        at: loc,
      });
    }
    if (a.refDate && info.date && a.refDate !== info.date) {
      diagnostics.push({
        code: 'appendix-date-mismatch',
        severity: 'warning',
        message: `${a.label} refers to an act of ${a.refDate}, the act is dated ${info.date}`,
        at: loc,
      });
    }
  }
}

/** What the reader noticed that a user should know: dropped or moved text, guesses. */
const READER_CODES_KEPT = new Set(['duplicate-fragment-dropped', 'cell-lines-merged', 'fused-number-split', 'phantom-columns-dropped', 'row-too-wide']);

function readerDiagnostics(notes: ReaderNote[]): Diagnostic[] {
  return notes
    .filter((n) => n.severity !== 'info' || READER_CODES_KEPT.has(n.code))
    .map((n) => ({
      code: n.code,
      severity: n.severity,
      message: n.message,
      at: {
        ...(n.pos.line !== undefined ? { line: n.pos.line } : {}),
        ...(n.pos.page !== undefined ? { page: n.pos.page } : {}),
        ...(n.pos.table !== undefined ? { table: n.pos.table } : {}),
        ...(n.pos.row !== undefined ? { row: n.pos.row } : {}),
      },
    }));
}
