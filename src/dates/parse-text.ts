// The phrase prepared for the parsers: markup dropped, whitespace collapsed, dashes unified, OCR digits repaired,
// and a lower-cased twin of the same length so that offsets agree.
import { repairOcrDigits } from './ocr-digits.js';

export interface ParseText {
  /** The input with whitespace collapsed: what `timeframe.text` shows. */
  readonly collapsed: string;
  /** Markup removed, dashes and quotes unified, OCR digits repaired; letter case kept. */
  readonly prepared: string;
  /** `prepared` in lower case with «ё» as «е»; every parser reads this one. */
  readonly lower: string;
}

const WHITESPACE = /\s+/g;
// export artefacts: <p>, </p>, <br/>, <u>, **bold**, __underline__
const MARKUP = /<\/?[a-z][^>]*>|\*\*|__/gi;
// hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const HAS_DASH = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/;

export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

export function prepareText(input: string): ParseText {
  const collapsed = collapseWhitespace(input);
  let prepared = collapsed;
  if (prepared.includes('<') || prepared.includes('*') || prepared.includes('__')) {
    prepared = collapseWhitespace(prepared.replace(MARKUP, ' '));
  }
  if (HAS_DASH.test(prepared)) prepared = prepared.replace(DASHES, '-');
  prepared = repairOcrDigits(prepared);
  // toLowerCase keeps the length for Cyrillic and Latin letters; «ё» folds to «е» one for one.
  let lower = prepared.toLowerCase().replace(/ё/g, 'е');
  if (lower.length !== prepared.length) lower = lowerCharByChar(prepared);
  return { collapsed, prepared, lower };
}

// The rare letters whose lower case is longer («İ») would shift every offset; fold them one for one.
function lowerCharByChar(s: string): string {
  let out = '';
  for (const ch of s) {
    const low = ch.toLowerCase();
    out += low.length === ch.length ? low : ch;
  }
  return out.replace(/ё/g, 'е');
}
