// A finding's place in words, shared by the formatters: «45:3» for a column, «item 2.2 (table 1, row 8,
// page 2)» where the file has no lines to point at.
import type { Finding, SourceLocation } from '../finding.js';
import type { Lang } from '../../messages/lang.js';

/** The short place for a report column: «45», «3:17» (JSON), «p.2», «t1 r8», or «-» for the file as a whole. */
export function shortPlace(loc: SourceLocation): string {
  if (loc.line !== undefined) return loc.column !== undefined ? `${loc.line}:${loc.column}` : String(loc.line);
  const parts: string[] = [];
  if (loc.page !== undefined) parts.push(`p.${loc.page}`);
  if (loc.table !== undefined) parts.push(`t${loc.table}`);
  if (loc.row !== undefined) parts.push(`r${loc.row}`);
  return parts.length ? parts.join(' ') : '-';
}

/** «table 1, row 8, page 2», or '' when none is known. */
export function sourcePlace(loc: SourceLocation): string {
  const parts: string[] = [];
  if (loc.table !== undefined) parts.push(`table ${loc.table}`);
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.page !== undefined) parts.push(`page ${loc.page}`);
  return parts.join(', ');
}

/** The message with the item it is about in front, unless the message already names it. */
export function messageWithItem(f: Finding, lang: Lang = 'en'): string {
  const item = f.location.item;
  if (item === undefined) return f.message;
  if (new RegExp(`(?:^|[^\\p{L}\\d.])(?:item|items|пункт|пункта|пунктом|пункты)\\s+${item.replace(/\./gu, '\\.')}(?![\\d.]*\\d)`, 'iu').test(f.message)) return f.message;
  return `${lang === 'ru' ? 'пункт' : 'item'} ${item}: ${f.message}`;
}

/** The message for tools that show one line per file position: the item, and the table/row/page when there is no line. */
export function messageWithPlace(f: Finding): string {
  const base = messageWithItem(f);
  if (f.location.line !== undefined) return base;
  const where = sourcePlace(f.location);
  return where ? `${base} (${where})` : base;
}
