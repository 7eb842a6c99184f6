// An act whose header is missing, told by its body: the action word that opens the operative part
// («ПРИКАЗЫВАЮ:», «ПОСТАНОВЛЯЮ:», «… постановляет:», «… распоряжаюсь:»), or the act naming itself
// («Контроль за исполнением настоящего распоряжения …»).
import type { DocumentType } from '../../model/roadmap.js';
import { plainText, type ProseLine } from '../document-flow.js';

const ACTION: Array<[RegExp, DocumentType]> = [
  [/(?:^|\s)приказываю\s*[:.]?$/iu, 'order'],
  [/(?:^|\s)(?:постановляю|постановляет)\s*[:.]?$/iu, 'resolution'],
  [/(?:^|\s)распоряжаюсь\s*[:.]?$/iu, 'directive'],
  [/(?:^|\s)(?:решил[аи]?|решает)\s*[:.]?$/iu, 'decision'],
  [/(?:^|\s)обязываю\s*[:.]?$/iu, 'order'],
];
const SELF = /настоящ(?:его|ему|им|ее|ий)\s+(приказ|распоряжени|постановлени|решени)/iu;
const SELF_TYPE: Record<string, DocumentType> = { приказ: 'order', распоряжени: 'directive', постановлени: 'resolution', решени: 'decision' };
const CLAUSE = /^1[.)]\s*(?:утвердить|внести|одобрить|определить|создать|назначить|признать|провести|организовать|принять)/iu;

/** The kind of act the body shows, with the line its operative part or clauses start at; null when it shows none. */
export function bodyKind(lines: readonly ProseLine[], from: number, limit: number): { type: DocumentType; at: number } | null {
  const end = Math.min(limit, from + 40);
  let clauses = -1;
  for (let i = from; i < end; i++) {
    const t = plainText(lines[i]).replace(/(?<=\p{L}) (?=\p{L}(?: |:|$))/gu, '');
    for (const [re, type] of ACTION) if (re.test(t)) return { type, at: from };
    if (clauses < 0 && CLAUSE.test(t)) clauses = i;
    if (clauses >= 0) {
      const self = SELF.exec(t);
      if (self) return { type: SELF_TYPE[self[1]!.toLowerCase()]!, at: from };
    }
  }
  return null;
}
