// Shifted deadlines: each timeframe change carries the old and new periods and the shift in days,
// counted here on the calendar; a respelled cell with the same dates is no change.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/api.js';
import { diffModels, type TimeframeChange } from '../../src/diff/index.js';
import { days, shiftPhrase } from '../../src/diff/format/phrases.js';
import { dayShift, daysBetween } from '../../src/diff/timeframe-change.js';
import { S003, editedTxt, sourceText } from './pairs.js';

/** Replace the timeframe cell (the third) of the row numbered `number` in a tab-separated .txt. */
function setTimeframe(lines: string[], number: string, from: string, to: string): string[] {
  return lines.map((line) => {
    const cells = line.split('\t');
    if (cells[0] !== `${number}.`) return line;
    if (cells[2] !== from) throw new Error(`row ${number}: the timeframe is «${cells[2]}», not «${from}»`);
    cells[2] = to;
    return cells.join('\t');
  });
}

describe('shifted deadlines (003, edited as text and parsed again)', () => {
  const a = parseText(sourceText(S003), { file: `${S003}.txt` });
  const b = editedTxt(S003, (lines) => {
    let l = setTimeframe(lines, '18', '18.02.2022 г.', '04.03.2022 г.'); // 18 Feb + 14 days (February 2022 has 28)
    l = setTimeframe(l, '6', '17.01.2022 г. – 04.02.2022 г.', '24.01.2022 г. – 11.02.2022 г.'); // both ends +7
    l = setTimeframe(l, '1', 'До 16.12. 2021 г.', 'До 30.12.2021 г.'); // a deadline: the end +14, no start
    l = setTimeframe(l, '14', 'Июнь 2022 г.', 'Июль 2022 г.'); // 1 Jun → 1 Jul is 30 days, 30 Jun → 31 Jul 31
    l = setTimeframe(l, '23', '08.02.2022 г. – 05.07.2022 г.', '08.02.2022 г. – 15.07.2022 г.'); // only the end, +10
    l = setTimeframe(l, '11', '30.03.2022 г.', '30.03.2022'); // the same day, written without «г.»
    return l;
  });
  const d = diffModels(a, b);
  const r = d.roadmaps[0]!;
  const shifts = Object.fromEntries(
    r.items.map((e) => [e.change === 'matched' ? e.a.number : e.change, e.change === 'matched' ? (e.fields[0] as TimeframeChange).shift : null]),
  );

  it('finds the five changed timeframes and no other change', () => {
    expect(r.items.map((e) => e.change === 'matched' && e.moved === null && e.fields.map((f) => f.field).join())).toEqual(Array(5).fill('timeframe'));
    expect(Object.keys(shifts).sort()).toEqual(['1', '14', '18', '23', '6']);
    expect(r.counts).toMatchObject({ changed: 5, added: 0, removed: 0, moved: 0, unchanged: 27 });
  });

  it('gives each its shift in days', () => {
    expect(shifts).toEqual({
      '18': { start: 14, end: 14 },
      '6': { start: 7, end: 7 },
      '1': { start: null, end: 14 },
      '14': { start: 30, end: 31 },
      '23': { start: 0, end: 10 },
    });
  });

  it('keeps the old and the new periods', () => {
    const e = r.items.find((x) => x.change === 'matched' && x.a.number === '18');
    const tf = e?.change === 'matched' ? (e.fields[0] as TimeframeChange) : null;
    expect(tf?.a.periods).toEqual([{ start: '2022-02-18', end: '2022-02-18', precision: 'day' }]);
    expect(tf?.b.periods).toEqual([{ start: '2022-03-04', end: '2022-03-04', precision: 'day' }]);
  });

  it('says it in words', () => {
    expect(shiftPhrase({ start: 14, end: 14 })).toBe('срок сдвинут на +14 дней');
    expect(shiftPhrase({ start: null, end: -3 })).toBe('срок сдвинут на −3 дня');
    expect(shiftPhrase({ start: 0, end: 10 })).toBe('сдвинуто окончание на +10 дней');
    expect(shiftPhrase({ start: 30, end: 31 })).toBe('сдвинуто начало на +30 дней, окончание на +31 день');
    expect(shiftPhrase({ start: 0, end: 0 })).toBe('');
  });
});

describe('day arithmetic', () => {
  it.each([
    ['2022-02-18', '2022-03-04', 14],
    ['2024-02-28', '2024-03-01', 2], // a leap year
    ['2021-12-31', '2022-01-01', 1],
    ['2022-03-27', '2022-03-28', 1], // across the clock change, counted in days
    ['2022-07-15', '2022-07-01', -14],
  ])('%s → %s is %i days', (x, y, n) => expect(daysBetween(x, y)).toBe(n));

  it('a deadline has no start to shift; the span is compared end to end', () => {
    expect(dayShift([{ start: null, end: '2022-05-01', precision: 'day' }], [{ start: '2022-04-01', end: '2022-05-11', precision: 'day' }])).toEqual({
      start: null,
      end: 10,
    });
    expect(dayShift([], [{ start: '2022-04-01', end: '2022-04-01', precision: 'day' }])).toBeNull();
  });

  it.each([
    [1, '+1 день'],
    [2, '+2 дня'],
    [5, '+5 дней'],
    [11, '+11 дней'],
    [21, '+21 день'],
    [22, '+22 дня'],
    [112, '+112 дней'],
    [-1, '−1 день'],
  ])('%i → «%s»', (n, s) => expect(days(n)).toBe(s));
});
