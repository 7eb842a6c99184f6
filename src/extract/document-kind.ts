// Documents without an act heading: a report («Отчет о реализации …»), or a plan published alone
// under an approval stamp («УТВЕРЖДЕН распоряжением … от … № …»).
import type { DocumentType } from '../model/roadmap.js';
import { joinLines } from '../normalize/text.js';
import { flat, type ProseLine } from './prose.js';
import { PREAMBLE_START } from './preamble-start.js';

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
    const t = flat(line);
    const rep = REPORT.exec(t);
    // «Отчет» opening a paragraph, or a line «Отчет о …» anywhere (exports without blank lines)
    if (rep && (line.first || /^отч[её]т(?:\s*$|\s+(?:о|об|по|за)\s)/iu.test(t))) return { type: 'report', typeLabel: rep[1]!, title: paragraph(lines, i, limit), at: i };
  }
  for (let i = 0; i < Math.min(limit, 30); i++) {
    const line = lines[i]!;
    if (line.first && PLAN.test(flat(line))) return { type: 'plan', typeLabel: null, title: paragraph(lines, i, limit), at: i };
  }
  return null;
}


/** The heading from line i to the end of its paragraph (not into a preamble that shares it). */
function paragraph(lines: ProseLine[], i: number, limit: number): string | null {
  const para = lines[i]!.para;
  const parts: string[] = [];
  for (let j = i; j < limit && lines[j]!.para === para; j++) {
    if (j > i && PREAMBLE_START.test(flat(lines[j]))) break;
    parts.push(lines[j]!.text.replace(/\t/g, ' '));
  }
  return joinLines(parts) || null;
}
