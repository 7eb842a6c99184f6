// Item and section numbers as written: «1.1.» -> «1.1», «IV.» -> «IV», «Раздел 2.» -> «2».

const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,4})\.?$/u;
const ROMAN = /^([IVXLC]{1,6}|[ІVХ]{1,6})\.?$/u;
const LEADING = /^(?:(?:раздел|глава|этап|блок)\s+)?(\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6})(?:\.\s*|\)\s*|\s+)(?=\S)/iu;

/** A cell that is an item number and nothing else. */
export function parseItemNumber(text: string): string | null {
  const t = text.trim();
  const m = ITEM_NUMBER.exec(t) ?? ROMAN.exec(t);
  // «000» (OCR of «ООО») or «0» is not an item number
  if (!m || /^0+(?:\.|$)/u.test(m[1]!)) return null;
  return m[1]!;
}

/** «2. Мероприятия по …» -> { number: "2", rest: "Мероприятия по …" }. */
export function leadingItemNumber(text: string): { number: string; rest: string } | null {
  const m = LEADING.exec(text.trim());
  if (!m) return null;
  const rest = text.trim().slice(m[0].length).trim();
  if (rest === '') return null;
  // «2022 году …» is not a number; neither is «10.02.2022»
  if (/^\d{4}$/u.test(m[1]!) || /^\d/u.test(rest)) return null;
  return { number: m[1]!, rest };
}

export function depth(number: string): number {
  return /^\d/u.test(number) ? number.split('.').length : 0;
}

/** The parts of a dotted number, for comparing order. */
export function numberParts(number: string): number[] | null {
  return /^\d{1,3}(?:\.\d{1,3})*$/u.test(number) ? number.split('.').map(Number) : null;
}

/** b comes right after a in a numbering: «2» after «1», «1.2» after «1.1», «2.1» after «1.3». */
export function isNextNumber(a: string, b: string): boolean {
  const x = numberParts(a);
  const y = numberParts(b);
  if (!x || !y) return false;
  if (x.length === y.length) {
    for (let i = 0; i < x.length - 1; i++) if (x[i] !== y[i]) return i === x.length - 2 && y[i] === x[i]! + 1 && y.at(-1) === 1;
    return y.at(-1) === x.at(-1)! + 1;
  }
  if (y.length === x.length + 1) return x.every((v, i) => v === y[i]) && y.at(-1) === 1;
  if (y.length < x.length) return y.slice(0, -1).every((v, i) => v === x[i]) && y.at(-1) === x[y.length - 1]! + 1;
  return false;
}
