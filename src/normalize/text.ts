// Text values as the model holds them: whitespace collapsed, export artefacts removed, lines of a
// cell or paragraph joined with one space (none after a hyphen or slash that ends a broken word or URL).

const ARTEFACTS = /<\/?(?:u|p|b|i|em|strong|span|br|div)(?:\s[^<>]*)?\s*\/?>|\*\*/giu;

/** Collapse whitespace, drop markup remnants; empty -> null. */
export function cleanValue(text: string | null | undefined): string | null {
  if (text == null) return null;
  const s = collapse(stripArtefacts(text));
  return s === '' ? null : s;
}

export function collapse(text: string): string {
  // most cell lines are already clean: look before rewriting (a character loop beats a regex here)
  if (!needsCollapse(text)) return text;
  return text.replace(/[\s\u00a0\u200b\u2028\u2029]+/gu, ' ').trim();
}

function needsCollapse(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  if (text.charCodeAt(0) === 32 || text.charCodeAt(n - 1) === 32) return true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      if (c !== 32 || text.charCodeAt(i + 1) === 32) return true;
    } else if (c >= 0x85 && (c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff)) {
      return true;
    }
  }
  return false;
}

/** Join the lines of a cell or paragraph. */
export function joinLines(lines: readonly string[]): string {
  // the common case, hot in table work: one clean line
  if (lines.length === 1) return collapse(stripArtefacts(lines[0]!));
  let out = '';
  for (const raw of lines) {
    const line = collapse(stripArtefacts(raw));
    if (line === '') continue;
    if (out === '') out = line;
    else if (/[\p{L}\d][-/]$/u.test(out) && /^[\p{L}\d]/u.test(line)) out += line;
    else out += ' ' + line;
  }
  return out;
}

function stripArtefacts(s: string): string {
  return s.includes('<') || s.includes('**') ? s.replace(ARTEFACTS, '') : s;
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
