// The acts a preamble cites as its grounds («В соответствии с письмом … от … № … «…»»).
import type { BasisAct } from '../model/roadmap.js';
import { collapse } from '../normalize/text.js';
import { CITED_NOUN, citedActType } from './act-kinds.js';
import { findDate, findNumber } from './requisites/values.js';

export function citedActs(text: string): BasisAct[] {
  const t = collapse(text);
  const nouns = [...t.matchAll(new RegExp(CITED_NOUN.source, 'gu'))];
  const out: BasisAct[] = [];
  for (let k = 0; k < nouns.length; k++) {
    const m = nouns[k]!;
    const start = m.index!;
    const end = k + 1 < nouns.length ? nouns[k + 1]!.index! : t.length;
    let span = t.slice(start, end);
    // the citation of one act: the noun, the issuer, «от» date, «№» number, «title»
    const afterNoun = span.slice(m[0].length);
    const ot = /(?:^|\s)от\s+/u.exec(afterNoun);
    const num = findNumber(afterNoun);
    const date = findDate(afterNoun);
    if (!date && !num) continue;
    // the next noun may sit inside this act's title («…» quoted): extend the span past the quotes
    const titleFrom = num ? num.index + num.length : date ? date.index + date.length : 0;
    const title = quotedAfter(t, start + m[0].length + titleFrom);
    if (title && start + m[0].length + titleFrom + title.length > end) {
      span = t.slice(start, start + m[0].length + titleFrom + title.length + 2);
      // skip nouns swallowed by the title
      while (k + 1 < nouns.length && nouns[k + 1]!.index! < start + span.length) k++;
    }
    let issuer: string | null = null;
    const issuerEnd = ot ? ot.index : Math.min(date?.index ?? Infinity, num?.index ?? Infinity);
    if (Number.isFinite(issuerEnd)) {
      const raw = collapse(afterNoun.slice(0, issuerEnd)).replace(/[,;:]$/u, '');
      issuer = raw === '' ? null : raw;
    }
    out.push({
      type: citedActType(m[0]),
      issuer,
      date: date?.date ?? null,
      number: num?.number ?? null,
      title: title ? collapse(title) : null,
    });
  }
  return out;
}

/** The «…» (or "…") title right after position `from`, with nested quotes balanced. */
function quotedAfter(text: string, from: number): string | null {
  let i = from;
  while (i < text.length && /[\s,]/u.test(text[i]!)) i++;
  const open = text[i];
  if (open !== '«' && open !== '"' && open !== '“' && open !== '„') return null;
  if (open === '«') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      if (text[j] === '«') depth++;
      else if (text[j] === '»') {
        depth--;
        if (depth === 0) return text.slice(i + 1, j);
      }
    }
    return null;
  }
  const close = open === '"' ? '"' : '”';
  const j = text.indexOf(close, i + 1);
  return j > i ? text.slice(i + 1, j) : null;
}
