// Text values as the model holds them: whitespace collapsed, export artefacts removed, lines of a
// cell or paragraph joined with one space (none after a hyphen or slash that ends a broken word or URL).

const ARTEFACTS = /<\/?(?:u|p|b|i|em|strong|span|br|div)(?:\s[^<>]*)?\s*\/?>|\*\*/giu;

/** Collapse whitespace, drop markup remnants; empty -> null. */
export function cleanValue(text: string | null | undefined): string | null {
  if (text == null) return null;
  const s = collapse(text.replace(ARTEFACTS, ''));
  return s === '' ? null : s;
}

const NEEDS_COLLAPSE = /\s\s|[^\S ]|^ | $|\u200b/;

export function collapse(text: string): string {
  // most cell lines are already clean: test before rewriting
  if (!NEEDS_COLLAPSE.test(text)) return text;
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/gu, ' ').trim();
}

/** Join the lines of a cell or paragraph. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = collapse(raw.replace(ARTEFACTS, ''));
    if (line === '') continue;
    if (out === '') out = line;
    else if (/[\p{L}\d][-/]$/u.test(out) && /^[\p{L}\d]/u.test(line)) out += line;
    else out += ' ' + line;
  }
  return out;
}

/** Join lines and return null for an empty result. */
export function joinedValue(lines: readonly string[]): string | null {
  const s = joinLines(lines);
  return s === '' ? null : s;
}

/** Lowercase, ё -> е, collapse: a key for comparing wording. */
export function textKey(text: string): string {
  return collapse(text).toLowerCase().replace(/ё/g, 'е');
}
