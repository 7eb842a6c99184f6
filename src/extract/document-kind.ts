// Documents without an act heading: a report («Отчет о реализации …»), or a plan published alone
// under an approval stamp («УТВЕРЖДЕН распоряжением … от … № …»).
import type { DocumentType } from '../model/roadmap.js';
import { joinLines } from '../normalize/text.js';
import { flat, type ProseLine } from './prose.js';

const REPORT = /^(отч[её]т)(?=[\s:]|$)/iu;
const PLAN = /^(план(?:-график)?|дорожная\s+карта|комплекс\s+мер|программа)(?=[\s(«:]|$)/iu;

export interface HeadinglessKind {
  type: DocumentType;
  typeLabel: string | null;
  title: string | null;
  /** Index of the title's first line. */
  at: number;
}

export function reportOrPlan(lines: ProseLine[], limit: number): HeadinglessKind | null {
  for (let i = 0; i < Math.min(limit, 30); i++) {
    const line = lines[i]!;
    if (!line.first) continue;
    const t = flat(line);
    const rep = REPORT.exec(t);
    if (rep) return { type: 'report', typeLabel: rep[1]!, title: paragraph(lines, i, limit), at: i };
  }
  for (let i = 0; i < Math.min(limit, 30); i++) {
    const line = lines[i]!;
    if (line.first && PLAN.test(flat(line))) return { type: 'plan', typeLabel: null, title: paragraph(lines, i, limit), at: i };
  }
  return null;
}

function paragraph(lines: ProseLine[], i: number, limit: number): string | null {
  const para = lines[i]!.para;
  const parts: string[] = [];
  for (let j = i; j < limit && lines[j]!.para === para; j++) parts.push(lines[j]!.text.replace(/\t/g, ' '));
  return joinLines(parts) || null;
}
