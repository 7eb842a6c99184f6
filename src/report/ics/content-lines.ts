// iCalendar content lines (RFC 5545 §3.1): TEXT values escaped, lines folded at 75 octets without
// splitting a UTF-8 character (Cyrillic takes two), and every line ended with CRLF.

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped. */
export function escapeText(text: string): string {
  return text.replace(/\\/gu, '\\\\').replace(/;/gu, '\\;').replace(/,/gu, '\\,').replace(/\r\n|\r|\n/gu, '\\n');
}

const MAX_OCTETS = 75;

/** One logical line as physical lines: the first up to 75 octets, each continuation a space and up to 74. */
export function foldLine(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out;
}

/** The whole stream: each logical line folded, CRLF after every physical line. */
export function contentLines(lines: readonly string[]): string {
  return lines.flatMap(foldLine).map((l) => `${l}\r\n`).join('');
}

/** 2022-02-16 -> 20220216 (a DATE value). */
export function icsDate(iso: string): string {
  return iso.replace(/-/gu, '');
}

/** A UTC DATE-TIME value: 20220216T093000Z. */
export function icsStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/gu, '').replace(/\.\d{3}/u, '');
}
