// A header flattened onto one line (OCR of a scan, a web index that dropped the line breaks): «… ШКОЛА № 17
// ПРИКАЗ 12 января 2022 г. № 5 г. Дальнегорск О целевой модели … На основании …» is cut back into the lines
// of a header — the block before the heading word, the heading with its date and number, the place, the title,
// the prose — so that the same recognizers read it.
import type { ProseLine } from '../document-flow.js';
import { findDate } from './values.js';

const HEADING_WORD = /(?<![\p{L}])(приказ|распоряжение|постановление)(?![\p{L}])/giu;
// where the next part of a header begins: a place, the title «О …», the preamble
const CUTS = [/\s(?=(?:г\.|с\.|п\.)\s*\p{L})/u, /\s(?=Об?\s+\p{Ll})/u, /\s(?=(?:На основании|В соответствии|В целях|Во исполнение|Руководствуясь)\s)/u];

export function unfoldHeader(lines: ProseLine[]): ProseLine[] {
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    const line = lines[i]!;
    if (line.text.length < 150) continue;
    const parts = split(line.text);
    if (!parts) continue;
    const pieces = parts.map((text, k) => ({ ...line, text, plain: text.replace(/\t+/gu, ' '), first: line.first && k === 0, last: line.last && k === parts.length - 1 }));
    return [...lines.slice(0, i), ...pieces, ...lines.slice(i + 1)];
  }
  return lines;
}

function split(text: string): string[] | null {
  HEADING_WORD.lastIndex = 0;
  for (let m = HEADING_WORD.exec(text); m; m = HEADING_WORD.exec(text)) {
    // the heading word of a header: its date follows within a few words, and the line goes on past it
    const after = text.slice(m.index, m.index + 60);
    const d = findDate(after);
    if (!d || d.index > 30 || m.index === 0) continue;
    const parts = [text.slice(0, m.index).trim()];
    let rest = text.slice(m.index);
    let from = d.index + d.length;
    for (const cut of CUTS) {
      const c = cut.exec(rest.slice(from));
      if (!c) continue;
      const at = from + c.index;
      parts.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
      from = 0;
    }
    parts.push(rest.trim());
    return parts.filter((p) => p !== '');
  }
  return null;
}
