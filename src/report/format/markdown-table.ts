// GitHub-flavoured Markdown tables: cells escaped so document text («500+», «|», «*») stays text.

export type Align = 'left' | 'right' | 'center';

/** Text safe inside a table cell: Markdown punctuation escaped, line breaks flattened. */
export function mdText(text: string | null | undefined): string {
  if (text == null) return '';
  return text.replace(/[\r\n]+/gu, ' ').replace(/[\\|*_`[\]<>#~]/gu, '\\$&');
}

/** A file name or path as inline code (no escaping needed inside); a cell's pipes still escaped. */
export function mdCode(text: string): string {
  const ticks = Math.max(0, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length)) + 1;
  const fence = '`'.repeat(ticks);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/gu, '\\|')}${pad}${fence}`;
}

export function mdTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>, align: readonly Align[] = []): string {
  const rule = headers.map((_, i) => (align[i] === 'right' ? '---:' : align[i] === 'center' ? ':---:' : '---'));
  const line = (cells: readonly string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(headers), line(rule), ...rows.map(line)].join('\n');
}
