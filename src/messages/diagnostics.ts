// The parser's diagnostic codes in both languages: what each code means, and the messages extractors
// and readers write under it (the English template exactly as the code writes it, so a message can be
// read back into its parameters and written in Russian). A message that matches no template stays as
// written: an extractor that adds a code or rewords a message still works, in English, until a row here
// adds the Russian.
import type { Row, Template } from './row.js';

/** Timeframe diagnostics, which the table extractor prefixes with the item («item 3: …»). */
const TIMEFRAME: Record<string, Row> = {
  'timeframe-unreadable': {
    en: 'no timeframe could be read from the cell',
    ru: 'срок в ячейке не прочитан',
    templates: [{ en: 'No timeframe could be read from «{text}»', ru: 'Срок не прочитан из «{text}»' }],
  },
  'timeframe-year-out-of-range': {
    en: 'a timeframe names a year outside 1900–2100, which is not read as a date',
    ru: 'в сроке год вне 1900–2100, такой год не читается как дата',
    templates: [
      {
        en: '«{text}» names the year {year}, outside 1900–2100: it is not read as a date',
        ru: 'в «{text}» назван год {year}, вне 1900–2100: как дата он не читается',
      },
    ],
  },
  'timeframe-year-unknown': {
    en: 'a timeframe gives no year and the context has none',
    ru: 'в сроке нет года, и из контекста он не ясен',
    templates: [{ en: '«{text}» gives no year and the context has none', ru: 'в «{text}» нет года, и из контекста он не ясен' }],
  },
  'timeframe-invalid-date': {
    en: 'a timeframe names a day that is not in the calendar',
    ru: 'срок называет день, которого нет в календаре',
    templates: [{ en: '«{text}» contains a date that is no calendar day', ru: 'в «{text}» дата, которой нет в календаре' }],
  },
  'timeframe-backwards': {
    en: 'a timeframe reads as ending before it starts',
    ru: 'срок кончается раньше, чем начинается',
    templates: [{ en: '«{text}» ends before it starts', ru: '«{text}» кончается раньше, чем начинается' }],
  },
  'timeframe-vague': {
    en: 'a timeframe names no date',
    ru: 'срок не называет даты',
    templates: [{ en: '«{text}» names no date', ru: '«{text}» не называет даты' }],
  },
  'timeframe-no-reference': {
    en: 'a timeframe counts from the act, whose date is unknown',
    ru: 'срок отсчитывается от акта, дата которого неизвестна',
    templates: [{ en: '«{text}» counts from the act, whose date is unknown', ru: '«{text}» отсчитывается от акта, дата которого неизвестна' }],
  },
  'timeframe-working-days': {
    en: 'a timeframe counts working days; they were counted as calendar days',
    ru: 'срок считается в рабочих днях; они посчитаны как календарные',
    templates: [{ en: '«{text}» counts working days; they were counted as calendar days', ru: '«{text}» считается в рабочих днях; они посчитаны как календарные' }],
  },
  'timeframe-partly-read': {
    en: 'words of a timeframe were not read',
    ru: 'часть слов срока не прочитана',
    templates: [{ en: 'In «{text}» these words were not read: {words}', ru: 'в «{text}» не прочитаны слова: {words}' }],
  },
};

/** «item 3: …» and «item in row 5: …» in front of a timeframe message. */
function withItemPrefix(row: Row): Row {
  const templates: Template[] = [];
  for (const t of row.templates ?? []) {
    const ruLower = t.ru.charAt(0).toLowerCase() + t.ru.slice(1);
    templates.push({ en: `item in row {row}: ${t.en}`, ru: `пункт в строке {row}: ${ruLower}` });
    templates.push({ en: `item {item}: ${t.en}`, ru: `пункт {item}: ${ruLower}` });
    templates.push(t);
  }
  return { ...row, templates };
}

export const DIAGNOSTIC_MESSAGES: Readonly<Record<string, Row>> = {
  ...Object.fromEntries(Object.entries(TIMEFRAME).map(([code, row]) => [code, withItemPrefix(row)])),
  'roadmap-missing': {
    en: 'no roadmap table was found in the document',
    ru: 'в документе не найдена таблица дорожной карты',
  },
  'appendix-date-mismatch': {
    en: 'an appendix header cites another date than the act',
    ru: 'в заголовке приложения другая дата акта',
    templates: [{ en: '{label} refers to an act of {ref}, the act is dated {date}', ru: '{label} ссылается на акт от {ref}, а акт датирован {date}' }],
  },
  'appendix-number-mismatch': {
    en: 'an appendix header cites another number than the act',
    ru: 'в заголовке приложения другой номер акта',
    templates: [{ en: '{label} refers to №{ref}, the act is №{number}', ru: '{label} ссылается на №{ref}, а у акта №{number}' }],
  },
  'column-role-from-content': {
    en: "a column's role was decided by its cells, its header naming none",
    ru: 'роль столбца определена по его ячейкам: заголовок её не называет',
    templates: [
      { en: 'column {column}: the header names no role; {why}, so it is read as {role}', ru: 'столбец {column}: заголовок не называет роли; {why}, поэтому он прочитан как {role}' },
    ],
  },
  'cell-lines-merged': {
    en: 'a .txt table with one cell per line: lines were merged into cells',
    ru: 'таблица .txt «ячейка на строку»: строки объединены в ячейки',
    templates: [
      {
        en: 'a row of a one-cell-per-line table had {lines} lines for {columns} columns: lines were joined where one continues another',
        ru: 'в строке таблицы «ячейка на строку» {lines} строк на {columns} столбцов: продолжающие друг друга строки объединены',
      },
    ],
  },
  'duplicate-fragment-dropped': {
    en: 'text continued over a page break repeated text already in the table and was dropped',
    ru: 'текст, перенесённый через разрыв страницы, повторял уже имеющийся в таблице и отброшен',
    templates: [{ en: 'text continued over a page break repeats text already in the table and was dropped: {fragments}', ru: 'текст, перенесённый через разрыв страницы, повторяет уже имеющийся в таблице и отброшен: {fragments}' }],
  },
  'encoding-uncertain': {
    en: 'the text encoding of a .txt file was a guess',
    ru: 'кодировка текста .txt определена наугад',
    templates: [
      { en: 'the text is UTF-8 with {count} damaged byte sequence(s), read as «\uFFFD»', ru: 'текст в UTF-8 с повреждёнными последовательностями байтов ({count}), прочитаны как «\uFFFD»' },
      { en: 'the text encoding was guessed as {encoding} with low confidence ({confidence})', ru: 'кодировка текста угадана как {encoding} с низкой уверенностью ({confidence})' },
    ],
  },
  'fused-number-split': {
    en: 'an item number fused with its text in one cell was split off',
    ru: 'номер пункта, слитый с текстом в одной ячейке, отделён',
    templates: [{ en: 'the item number «{number}» and its text shared one cell in a row one cell short: split into two cells', ru: 'номер пункта «{number}» и его текст были в одной ячейке строки, где не хватало ячейки: разделены на две' }],
  },
  'header-repeat-dropped': {
    en: 'a table header repeated on a new page was dropped',
    ru: 'шапка таблицы, повторённая на новой странице, отброшена',
    templates: [
      { en: 'a repeated header row was dropped', ru: 'повторная строка шапки отброшена' },
      { en: 'the table header repeated at the top of page {page} was read once', ru: 'шапка таблицы, повторённая вверху страницы {page}, прочитана один раз' },
    ],
  },
  'item-number-duplicate': {
    en: 'an item number appears twice',
    ru: 'номер пункта встречается дважды',
    templates: [{ en: 'item number {number} appears twice (rows {first} and {second})', ru: 'номер пункта {number} встречается дважды (строки {first} и {second})' }],
  },
  'item-number-gap': {
    en: 'item numbers skip',
    ru: 'в нумерации пунктов пропуск',
    templates: [{ en: 'item {number} follows {prev}: {missing} is missing', ru: 'пункт {number} идёт за {prev}: пропущен {missing}' }],
  },
  'nested-table-flattened': {
    en: 'a table inside a table cell was flattened into text',
    ru: 'таблица внутри ячейки таблицы прочитана как текст',
    templates: [
      { en: "a table inside a table cell was flattened into the cell's lines", ru: 'таблица внутри ячейки прочитана как строки этой ячейки' },
      { en: "page {page}: {count} table(s) drawn inside table cells were read into those cells' lines", ru: 'страница {page}: таблицы внутри ячеек ({count}) прочитаны как строки этих ячеек' },
    ],
  },
  'page-number-dropped': {
    en: 'a page number line was dropped from the text',
    ru: 'номер страницы убран из текста',
    templates: [{ en: 'the page number «{number}» on page {page} is not text of the document', ru: 'номер страницы «{number}» на странице {page} не относится к тексту документа' }],
  },
  'page-turned': {
    en: 'a PDF page was read turned so that its text runs left to right',
    ru: 'страница PDF прочитана повёрнутой, чтобы текст шёл слева направо',
    templates: [{ en: 'page {page} was read turned by {degrees}° so that its text runs left to right', ru: 'страница {page} прочитана повёрнутой на {degrees}°, чтобы текст шёл слева направо' }],
  },
  'page-unreadable': {
    en: 'a PDF page could not be read',
    ru: 'страницу PDF не удалось прочитать',
    templates: [{ en: 'page {page} could not be read: {reason}', ru: 'страницу {page} не удалось прочитать: {reason}' }],
  },
  'page-without-text': {
    en: 'a PDF page has no text layer',
    ru: 'у страницы PDF нет текстового слоя',
    templates: [{ en: 'page {page} is an image with no text layer; its content is missing', ru: 'страница {page} — изображение без текстового слоя; её содержимое не прочитано' }],
  },
  'phantom-columns-dropped': {
    en: 'empty columns of a .txt table page were dropped',
    ru: 'пустые столбцы страницы таблицы .txt отброшены',
    templates: [{ en: '{count} empty column(s) on this page of the table were dropped (the page had {wide} columns, the table {width})', ru: 'пустые столбцы на этой странице таблицы отброшены ({count}; на странице {wide} столбцов, в таблице {width})' }],
  },
  'rotated-text': {
    en: 'a PDF page holds rotated text, read as best it could be',
    ru: 'на странице PDF повёрнутый текст, прочитан как получилось',
    templates: [{ en: 'page {page} has {count} piece(s) of rotated or vertical text, placed by their starting point', ru: 'на странице {page} повёрнутый или вертикальный текст ({count}), размещён по начальной точке' }],
  },
  'row-continued': {
    en: 'a table row continued over a page break was joined',
    ru: 'строка таблицы, перенесённая через разрыв страницы, соединена',
    templates: [
      { en: 'line {line} continues the row that starts on line {start} (a row broken by a page break)', ru: 'строка {line} продолжает строку таблицы, начатую в строке {start} (разрыв страницы)' },
      { en: 'a table row broken across the page break before page {page} was joined into one row', ru: 'строка таблицы, разорванная переходом на страницу {page}, соединена' },
    ],
  },
  'document-date-missing': {
    en: "the act's date is not given (or its form is left blank)",
    ru: 'дата акта не указана (или бланк не заполнен)',
    templates: [{ en: "the act's date is not given (or its form is left blank)", ru: 'дата акта не указана (или бланк не заполнен)' }],
  },
  'document-number-missing': {
    en: "the act's number is not given (or its form is left blank)",
    ru: 'номер акта не указан (или бланк не заполнен)',
    templates: [{ en: "the act's number is not given (or its form is left blank)", ru: 'номер акта не указан (или бланк не заполнен)' }],
  },
  'document-issuer-missing': {
    en: 'no issuer is named above the heading or in a stamp',
    ru: 'издатель не назван ни над заголовком, ни в грифе',
    templates: [{ en: 'no issuer is named above the heading or in a stamp', ru: 'издатель не назван ни над заголовком, ни в грифе' }],
  },
  'document-kind-unknown': {
    en: "no act heading, stamp or plan heading: the document's kind and requisites are unknown",
    ru: 'нет ни заголовка акта, ни грифа, ни заголовка плана: вид документа и реквизиты неизвестны',
    templates: [
      {
        en: "no act heading, stamp or plan heading found: the document's kind and requisites are unknown",
        ru: 'не найдено ни заголовка акта, ни грифа, ни заголовка плана: вид документа и реквизиты неизвестны',
      },
    ],
  },
  'document-heading-missing': {
    en: "the act's header is missing; its kind is read from its body",
    ru: 'шапки акта нет; вид акта определён по его тексту',
    templates: [{ en: "the act's header is missing; its kind ({type}) is read from its body", ru: 'шапки акта нет; вид акта ({type}) определён по его тексту' }],
  },
  'row-repaired': {
    en: 'a damaged table row was repaired (cells moved into their columns)',
    ru: 'повреждённая строка таблицы исправлена (ячейки поставлены в свои столбцы)',
  },
  'row-too-wide': {
    en: 'a .txt table row has more cells than the header',
    ru: 'в строке таблицы .txt больше ячеек, чем в шапке',
    templates: [{ en: 'a row has {cells} cells, the table has {width} columns: the extra cells were put in the last column', ru: 'в строке {cells} ячеек, в таблице {width} столбцов: лишние ячейки добавлены в последний столбец' }],
  },
  'row-unplaced': {
    en: 'cells of a damaged row were moved to the item they belong to: check them against the original',
    ru: 'ячейки повреждённой строки перенесены к своему пункту: сверьте с оригиналом',
  },
  'table-row-padded': {
    en: 'a table row with fewer cells than the header was padded',
    ru: 'строка таблицы с меньшим числом ячеек, чем в шапке, дополнена пустыми',
    templates: [{ en: '{count} row(s) of table {table} had fewer cells than its {columns} columns and were padded with empty cells', ru: 'строки таблицы {table} ({count}) короче её {columns} столбцов и дополнены пустыми ячейками' }],
  },
  'too-many-lines': {
    en: 'a PDF page has more text lines than the reader takes',
    ru: 'на странице PDF больше линий, чем читатель разбирает',
    templates: [{ en: 'page {page} draws too many lines to look for tables in; its text is read as paragraphs', ru: 'на странице {page} слишком много линий для поиска таблиц; текст прочитан абзацами' }],
  },
};
