// Markdown and HTML remnants that text exports leave in lines: stripped, with bold remembered.

const INLINE_TAG = /<\/?(?:u|p|b|i|em|strong|span|font|sup|sub|br|div|s|strike|ins|del|mark|small|big)(?:\s[^<>]*)?\s*\/?>/giu;
const ENTITY: Record<string, string> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&laquo;': '«', '&raquo;': '»', '&ndash;': '–', '&mdash;': '—' };
// _italic_ around words; not inside words or URLs (snake_case, vk.com/wall-1_2)
const UNDERSCORE_SPAN = /(^|[\s(«"„“])_(?!_)(\S(?:[^_\n]*?\S)?)_(?=$|[\s).,;:!?»"“”])/gu;

/** A line (or cell) without markup; `bold` when it was wrapped in ** or <b>/<strong>. */
export interface Clean {
  text: string;
  bold: boolean;
}

export function stripMarkup(raw: string): string {
  // most lines carry no markup at all
  if (!/[<*_&]/.test(raw)) return raw;
  let s = raw.includes('<') ? raw.replace(INLINE_TAG, '') : raw;
  if (s.includes('&')) s = s.replace(/&(?:nbsp|amp|lt|gt|quot|laquo|raquo|ndash|mdash);/g, (m) => ENTITY[m] ?? m);
  if (s.includes('*')) s = s.replace(/\*\*|__(?=\S)|(?<=\S)__/g, '');
  if (s.includes('_')) s = s.replace(UNDERSCORE_SPAN, '$1$2');
  return s;
}

/** Whether a raw line opens or closes a ** bold span (an odd number of markers toggles). */
export function boldMarkers(raw: string): number {
  let n = 0;
  let i = raw.indexOf('**');
  while (i !== -1) {
    n++;
    i = raw.indexOf('**', i + 2);
  }
  return n;
}

/** A markdown table rule («---|---», «-----\t---») or a horizontal rule: not content. */
export function isRule(raw: string): boolean {
  const s = raw.trim();
  if (s.length < 3) return false;
  return /^[|:+\-\t ─━┼┬┴├┤┌┐└┘═╪╤╧╞╡╔╗╚╝]+$/u.test(s) && /[-─━═]{2,}/u.test(s);
}
