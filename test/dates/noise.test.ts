// What OCR and hurried typing do to dates: Cyrillic «О» and Latin «l»/«I» for digits, missing or doubled spaces,
// transposed or wrong letters, words split in two, markup left over from the export, letter case.
import { describe, expect, it } from 'vitest';
import { by, day, read, span, type Row } from './read.js';

const rows: Row[] = [
  ['Октябрь 2О22 г.', 'range', [span('2022-10-01', '2022-10-31', 'month')]],
  ['0l.03.2022', 'date', [day('2022-03-01')]],
  ['15.О9.2022', 'date', [day('2022-09-15')]],
  ['до 3I.12.2022', 'deadline', [by('2022-12-31')]],
  ['01.О4.2022-15.04.2022', 'range', [span('2022-04-01', '2022-04-15', 'day')]],
  ['Ноябрь2022', 'range', [span('2022-11-01', '2022-11-30', 'month')]],
  ['Апрель  2022  г.', 'range', [span('2022-04-01', '2022-04-30', 'month')]],
  ['Август-октябрь 2022г.', 'range', [span('2022-08-01', '2022-10-31', 'month')]],
  ['2022r.', 'range', [span('2022-01-01', '2022-12-31', 'year')]],
  ['сенятбрь 2022', 'range', [span('2022-09-01', '2022-09-30', 'month')]],
  ['Феврапь 2022', 'range', [span('2022-02-01', '2022-02-28', 'month')]],
  ['окятбрь', 'range', [span('2022-10-01', '2022-10-31', 'month')]],
  ['ав густ 2022', 'range', [span('2022-08-01', '2022-08-31', 'month')]],
  ['<p>14.02.2022 г. - 30.03.2022 г.</p>', 'range', [span('2022-02-14', '2022-03-30', 'day')]],
  ['**Май 2022**', 'range', [span('2022-05-01', '2022-05-31', 'month')]],
  ['ДЕКАБРЬ 2022 Г.', 'range', [span('2022-12-01', '2022-12-31', 'month')]],
  ['2022 – 2023 г.г.', 'range', [span('2022-01-01', '2023-12-31', 'year')]],
];

describe('noise', () => {
  it.each(rows)('%s', (text, kind, periods) => {
    const t = read(text);
    expect(t.kind).toBe(kind);
    expect(t.periods).toEqual(periods);
  });

  it('keeps the text as written, whitespace collapsed, markup and all', () => {
    expect(read('  Апрель\n 2022\tг. ').text).toBe('Апрель 2022 г.');
    expect(read('<p>Май 2022</p>').text).toBe('<p>Май 2022</p>');
  });
});
