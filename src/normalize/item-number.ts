// The one grammar of item and section numbers as officials write them: «1», «1.1.», «2.10», «IV.»,
// «Раздел 2.». Readers (where a row starts), extract (cells, sections, repairs), lint (order, gaps)
// and diff (places in a list) all read numbers here, so they agree on what a number is.

/** Up to five dotted levels of one to three digits: «12», «1.2.3». */
const DOTTED = String.raw`\d{1,3}(?:\.\d{1,3}){0,4}`;
const BARE_DOTTED = new RegExp(`^(${DOTTED})\\.?$`, 'u');
/** Cyrillic І and Х stand in for Latin I and X in some documents. */
const BARE_ROMAN = /^([IVXLC]{1,6}|[ІVХ]{1,6})\.?$/u;
const LEADING = new RegExp(`^(?:(?:раздел|глава|этап|блок)\\s+)?(${DOTTED}|[IVXLC]{1,6})(?:\\.\\s*|\\)\\s*|\\s+)(?=\\S)`, 'iu');
const LINE_START = new RegExp(`^\\s*(${DOTTED})\\.?(?:\\s|$)`, 'u');
const FUSED = new RegExp(`^((${DOTTED})\\.?)\\s+(\\S[\\s\\S]*)$`, 'u');

/** «000» (OCR of «ООО») or «0.» is never an item number. */
const isZero = (n: string) => /^0+(?:\.|$)/u.test(n);

/** A cell that is an item number and nothing else, without its final period: «1.1.» → «1.1», «IV.» → «IV». */
export function parseItemNumber(text: string): string | null {
  const t = text.trim();
  const m = BARE_DOTTED.exec(t) ?? BARE_ROMAN.exec(t);
  if (!m || isZero(m[1]!)) return null;
  return m[1]!;
}

/** A dotted (Arabic) number standing alone: what a reader takes for the first cell of a row. */
export function isBareDottedNumber(text: string): boolean {
  const m = BARE_DOTTED.exec(text.trim());
  return m !== null && !isZero(m[1]!);
}

/** A dotted number opening a line, followed by a space or the line's end («7. Организация …» → «7»). */
export function lineStartNumber(raw: string): string | null {
  const m = LINE_START.exec(raw);
  return m && !isZero(m[1]!) ? m[1]! : null;
}

/** «7. Организация …»: a dotted number and text fused into one cell, split; null when the cell is not so. */
export function splitFusedNumber(text: string): { number: string; written: string; rest: string } | null {
  const m = FUSED.exec(text.trim());
  if (!m || isZero(m[2]!)) return null;
  return { number: m[2]!, written: m[1]!, rest: m[3]! };
}

/** «2. Мероприятия по …», «Раздел IV Контроль» → the number and the title after it. */
export function leadingItemNumber(text: string): { number: string; rest: string } | null {
  const m = LEADING.exec(text.trim());
  if (!m) return null;
  const rest = text.trim().slice(m[0].length).trim();
  if (rest === '') return null;
  // «2022 году …» is not a number; neither is «10.02.2022»
  if (/^\d{4}$/u.test(m[1]!) || /^\d/u.test(rest) || isZero(m[1]!)) return null;
  return { number: m[1]!, rest };
}

/** Levels of a dotted number («1.2» → 2); 0 for a Roman one. */
export function depth(number: string): number {
  const n = number.trim().replace(/\.$/u, '');
  return /^\d/u.test(n) ? n.split('.').length : 0;
}

/** The parts of a dotted number, for comparing order («1.2.» → [1, 2]); null when it is not one. */
export function numberParts(number: string): number[] | null {
  const n = number.trim().replace(/\.$/u, '');
  return /^\d{1,3}(?:\.\d{1,3})*$/u.test(n) ? n.split('.').map(Number) : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** The value of a Roman numeral («IV» → 4, Cyrillic «ІХ» → 9); null when it is not one. */
export function romanValue(number: string): number | null {
  const latin = number.trim().replace(/\.$/u, '').replace(/І/gu, 'I').replace(/Х/gu, 'X');
  if (!/^[IVXLC]{1,8}$/u.test(latin)) return null;
  let total = 0;
  for (let i = 0; i < latin.length; i++) {
    const v = ROMAN[latin[i]!]!;
    const next = ROMAN[latin[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/** A dotted or Roman number as parts: «2.1» → [2, 1], «IV» → [4]. */
export function sectionParts(number: string): number[] | null {
  const parts = numberParts(number);
  if (parts) return parts;
  const roman = romanValue(number);
  return roman === null ? null : [roman];
}

/** -1, 0 or 1: numeric order of dotted numbers, a prefix coming first («1» < «1.1» < «1.2» < «2»). */
export function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The numbers that would come between a and b when they are in one list (at most five listed); null when they are not. */
export function missingBetween(a: readonly number[], b: readonly number[]): string[] | null {
  const list = (prefix: readonly number[], from: number, to: number) => {
    const out: string[] = [];
    for (let v = from; v < to && out.length < 5; v++) out.push([...prefix, v].join('.'));
    return out;
  };
  const bPrefix = b.slice(0, -1);
  const bLast = b.at(-1)!;
  // the same list: 1.2 -> 1.5
  if (a.length === b.length && compareParts(a.slice(0, -1), bPrefix) === 0) return bLast > a.at(-1)! + 1 ? list(bPrefix, a.at(-1)! + 1, bLast) : [];
  // a sub-list opening late: 2 -> 2.3
  if (b.length === a.length + 1 && compareParts(a, bPrefix) === 0) return bLast > 1 ? list(bPrefix, 1, bLast) : [];
  // the next list opening late: 1.3 -> 2.2
  if (a.length === b.length && a.length > 1) {
    const next = [...a.slice(0, -2), a.at(-2)! + 1];
    if (compareParts(next, bPrefix) === 0) return bLast > 1 ? list(bPrefix, 1, bLast) : [];
  }
  // back up a level: 1.3 -> 3
  if (b.length < a.length && compareParts(a.slice(0, b.length - 1), bPrefix) === 0) {
    const from = a[b.length - 1]! + 1;
    return bLast > from ? list(bPrefix, from, bLast) : [];
  }
  return null;
}

/** A number as a place in its list: «2.10» → scope «2.», last 10; null when it does not end in digits («3а»). */
export function numberScope(number: string): { scope: string; last: number } | null {
  const m = /^(.*?)(\d+)$/u.exec(number.trim());
  return m ? { scope: m[1]!, last: Number(m[2]) } : null;
}
