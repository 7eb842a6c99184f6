// The report as CSV: one row per item, the columns a spreadsheet user filters and sorts by. UTF-8
// with a BOM (Excel reads Cyrillic right only so), CRLF rows and RFC 4180 quoting.
import { KIND_WORDS, STATUS_WORDS, documentLine, itemSectionLine } from '../ru-words.js';
import { responsibleList } from '../item-groups.js';
import type { Report, ReportItem, ReportSource } from '../report-model.js';

export interface CsvOptions {
  /** «,» (RFC 4180, the default) or «;», which Excel in a Russian locale expects when a file is opened by double-click. */
  delimiter?: ',' | ';';
}

/** The header and the cells of every item, before quoting: what a CSV parser must read back. */
export function csvRows(report: Report): string[][] {
  const st = report.summary.status;
  const header = [
    'Источник',
    'Документ',
    'Раздел',
    '№',
    'Мероприятие',
    'Сроки (как в плане)',
    'Вид срока',
    'Начало',
    'Окончание',
    'Ответственные',
    'Ожидаемый результат',
    'Показатель',
    'Отметка о выполнении',
    ...(st ? [`Состояние на ${st.asOf}`, `Срок в ближайшие ${st.dueWithinDays} дней`] : []),
    'Ссылки',
    'Строка таблицы',
  ];
  const docs = new Map<string, ReportSource>(report.sources.map((s) => [s.label, s]));
  const row = (i: ReportItem): string[] => [
    i.source,
    documentLine(docs.get(i.source)!.document),
    itemSectionLine(i),
    i.number ?? '',
    i.activity ?? '',
    i.timeframe.text ?? '',
    KIND_WORDS[i.timeframe.kind],
    i.span?.start ?? '',
    i.span?.end ?? '',
    responsibleList(i, '; '),
    i.result ?? '',
    i.indicator ?? '',
    i.report ?? '',
    ...(st ? [i.status ? STATUS_WORDS[i.status] : '', i.dueSoon ? 'да' : ''] : []),
    i.links.join(' '),
    i.at ? String(i.at.row) : '',
  ];
  return [header, ...report.items.map((i) => row(i).map(defuse))];
}

export function formatCsv(report: Report, options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  return '\uFEFF' + csvRows(report).map((cells) => cells.map((c) => quote(c, delimiter)).join(delimiter) + '\r\n').join('');
}

/** RFC 4180: a field holding the delimiter, a quote or a line break is quoted, its quotes doubled. */
export function quote(cell: string, delimiter: string): string {
  if (cell.includes(delimiter) || /["\r\n]/u.test(cell)) return `"${cell.replace(/"/gu, '""')}"`;
  return cell;
}

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe, the
 * usual guard: text from a document must stay text («- участие …» would otherwise become #NAME?).
 */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell;
}
