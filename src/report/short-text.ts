// Long document text cut for tables and chart labels (the lists, CSV and JSON keep it whole).

/** At most `max` characters, cut at a word and marked with «…». */
export function shorten(text: string | null, max: number): string {
  if (text === null) return '';
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/u, '')}…`;
}
