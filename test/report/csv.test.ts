// The CSV read back by a real CSV parser (csv-parse): the same rows, one per item, with the BOM, CRLF
// and RFC 4180 quoting a spreadsheet needs; text from the document stays text.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRows, defuse, quote } from '../../src/report/format/csv.js';
import { formatReport } from '../../src/report/index.js';
import { EDGE, SEEDS, reportOf } from './golden-cases.js';

const read = (text: string, delimiter = ','): string[][] => parse(text, { bom: true, delimiter, relax_quotes: false, relax_column_count: false });

describe('the CSV opens as the same rows', () => {
  it.each([
    ['the four seeds, as of 2022-06-15', SEEDS, '2022-06-15'],
    ['the edge cases, as of 2023-07-01', [EDGE], '2023-07-01'],
    ['one seed without a day', [SEEDS[0]!], null],
  ] as const)('%s', async (_name, inputs, asOf) => {
    const report = await reportOf([...inputs], asOf);
    const text = formatReport(report, 'csv');
    const rows = read(text);
    expect(rows).toEqual(csvRows(report));
    expect(rows).toHaveLength(report.items.length + 1);
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
  });

  it('starts with a UTF-8 BOM, ends every row with CRLF, and holds no bare LF', async () => {
    const text = formatReport(await reportOf([EDGE], '2023-07-01'), 'csv');
    expect(Buffer.from(text, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/gu, '').includes('\n')).toBe(false);
  });

  it('cells hold the model text exactly: quotes, commas, semicolons, pipes; one row per item with its source', async () => {
    const report = await reportOf([EDGE], '2023-07-01');
    const [header, ...rows] = read(formatReport(report, 'csv'));
    const col = (name: string) => header!.indexOf(name);
    expect(header).toEqual([
      'Источник', 'Документ', 'Раздел', '№', 'Мероприятие', 'Сроки (как в плане)', 'Вид срока', 'Начало', 'Окончание',
      'Ответственные', 'Ожидаемый результат', 'Показатель', 'Отметка о выполнении', 'Состояние на 2023-07-01',
      'Срок в ближайшие 30 дней', 'Ссылки', 'Строка таблицы',
    ]);
    const seminar = rows.find((r) => r[col('№')] === '2.1')!;
    expect(seminar[col('Мероприятие')]).toBe('Семинары для учителей «Функциональная грамотность» по пятницам ("ФГ-пятницы"), с сентября');
    expect(seminar[col('Ссылки')]).toBe('https://example.org/seminary');
    expect(seminar[col('Начало')]).toBe('2023-09-01');
    expect(seminar[col('Состояние на 2023-07-01')]).toBe('предстоит');
    const first = rows.find((r) => r[col('№')] === '1.1')!;
    expect(first[col('Ответственные')]).toBe('Отдел образования администрации Примерного района (далее – ОО); руководитель проекта');
    expect(first[col('Раздел')]).toBe('1. Организация');
    expect(first[col('Документ')]).toBe('Отчёт № 17-о от 01.07.2023');
    expect(first[col('Строка таблицы')]).toBe('3');
    expect(rows.every((r) => r[col('Источник')] === 'edge-cases.model.json')).toBe(true);
    expect(rows.filter((r) => r[col('Срок в ближайшие 30 дней')] === 'да').map((r) => r[col('№')])).toEqual(['2.4']);
  });

  it('a cell a spreadsheet would run as a formula is defused with an apostrophe', async () => {
    const [header, ...rows] = read(formatReport(await reportOf([EDGE], null), 'csv'));
    const activity = rows.find((r) => r[header!.indexOf('№')] === '1.2')![header!.indexOf('Мероприятие')];
    expect(activity).toBe("'- участие в вебинарах | «Школа | Успех» *по графику*");
    expect(['=1+2', '+7', '-x', '@a', 'ok', 'а=б'].map(defuse)).toEqual(["'=1+2", "'+7", "'-x", "'@a", 'ok', 'а=б']);
  });

  it('the combined report has a row per item of every source', async () => {
    const report = await reportOf(SEEDS, null);
    const [header, ...rows] = read(formatReport(report, 'csv'));
    const bySource = new Map<string, number>();
    for (const r of rows) bySource.set(r[0]!, (bySource.get(r[0]!) ?? 0) + 1);
    expect(header![0]).toBe('Источник');
    expect([...bySource.values()]).toEqual([39, 58, 28, 32]);
  });

  it('«;» as the delimiter for Excel in a Russian locale gives the same rows', async () => {
    const report = await reportOf([EDGE], '2023-07-01');
    expect(read(formatReport(report, 'csv', { delimiter: ';' }), ';')).toEqual(csvRows(report));
  });

  it('quotes only what needs it, doubling quotes (RFC 4180)', () => {
    expect(quote('plain', ',')).toBe('plain');
    expect(quote('a,b', ',')).toBe('"a,b"');
    expect(quote('a;b', ',')).toBe('a;b');
    expect(quote('a;b', ';')).toBe('"a;b"');
    expect(quote('say "hi"', ',')).toBe('"say ""hi"""');
    expect(quote('two\nlines', ',')).toBe('"two\nlines"');
  });
});
