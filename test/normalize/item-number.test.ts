// The one item-number grammar: what readers, extract, lint and diff take for a number.
import { describe, expect, it } from 'vitest';
import {
  compareParts,
  depth,
  isBareDottedNumber,
  leadingItemNumber,
  lineStartNumber,
  missingBetween,
  numberScope,
  parseItemNumber,
  sectionParts,
  splitFusedNumber,
} from '../../src/normalize/item-number.js';

describe('parseItemNumber: a cell that is a number and nothing else', () => {
  it.each([
    ['1', '1'],
    ['1.', '1'],
    ['1.1.', '1.1'],
    [' 2.10 ', '2.10'],
    ['1.2.3.4.5', '1.2.3.4.5'],
    ['IV', 'IV'],
    ['IV.', 'IV'],
    ['ІХ', 'ІХ'],
    ['0', null],
    ['000', null],
    ['0.1', null],
    ['1234', null],
    ['10.02.2022', null],
    ['1)', null],
    ['3а', null],
    ['Мероприятие', null],
    ['', null],
  ])('«%s» → %s', (text, want) => expect(parseItemNumber(text)).toBe(want));
});

describe('isBareDottedNumber and lineStartNumber: where a reader starts a row', () => {
  it.each([
    ['12', true, '12'],
    ['4.4.', true, '4.4'],
    ['  7.  ', true, '7'],
    ['IV', false, null],
    ['7. Организация', false, '7'],
    ['2.3 Проведение', false, '2.3'],
    ['2023 год', false, null],
    ['15.10.2024', false, null],
    ['000 «Ромашка»', false, null],
  ])('«%s»: bare %s, line start %s', (text, bare, start) => {
    expect(isBareDottedNumber(text)).toBe(bare);
    expect(lineStartNumber(text)).toBe(start);
  });
});

describe('splitFusedNumber and leadingItemNumber', () => {
  it.each([
    ['7. Организация семинара', { number: '7', written: '7.', rest: 'Организация семинара' }],
    ['2.1 Анализ', { number: '2.1', written: '2.1', rest: 'Анализ' }],
    ['7.', null],
    ['Организация', null],
  ])('fused «%s»', (text, want) => expect(splitFusedNumber(text)).toEqual(want));

  it.each([
    ['2. Мероприятия по подготовке', { number: '2', rest: 'Мероприятия по подготовке' }],
    ['IV. Контроль', { number: 'IV', rest: 'Контроль' }],
    ['Раздел 3. Кадры', { number: '3', rest: 'Кадры' }],
    ['1) Анализ', { number: '1', rest: 'Анализ' }],
    ['2022 году проведено', null],
    ['10.02.2022 совещание', null],
    ['5.', null],
  ])('leading «%s»', (text, want) => expect(leadingItemNumber(text)).toEqual(want));
});

describe('numbers as parts and places', () => {
  it.each([
    ['1.2', [1, 2], 2],
    ['3.', [3], 1],
    ['IV', [4], 0],
    ['ХІІ', [12], 0],
    ['3а', null, 1],
  ])('«%s» → %j, depth %d', (n, parts, d) => {
    expect(sectionParts(n)).toEqual(parts);
    expect(depth(n)).toBe(d);
  });

  it.each([
    [[1], [1, 1], -1],
    [[1, 2], [1, 10], -1],
    [[2], [1, 9], 1],
    [[1, 1], [1, 1], 0],
  ])('compare %j and %j → %d', (a, b, want) => expect(compareParts(a, b)).toBe(want));

  it.each([
    [[1, 2], [1, 5], ['1.3', '1.4']],
    [[1, 2], [1, 3], []],
    [[2], [2, 3], ['2.1', '2.2']],
    [[1, 3], [2, 2], ['2.1']],
    [[1, 3], [3], ['2']],
    [[1, 3], [3, 1], null],
  ])('missing between %j and %j → %j', (a, b, want) => expect(missingBetween(a, b)).toEqual(want));

  it.each([
    ['2.10', { scope: '2.', last: 10 }],
    ['10', { scope: '', last: 10 }],
    ['3а', null],
  ])('scope of «%s»', (n, want) => expect(numberScope(n)).toEqual(want));
});
