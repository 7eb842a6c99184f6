// The small parts of the matching: number places, the longest ordered chain, the side-by-side order,
// and the similarity of wording.
import { describe, expect, it } from 'vitest';
import { longestChain } from '../../src/diff/longest-chain.js';
import { numberPlaces, shiftedOnly } from '../../src/diff/numbering.js';
import { sideBySide } from '../../src/diff/side-by-side.js';
import { similarity, vocabulary } from '../../src/diff/similarity.js';
import { wordingKey } from '../../src/diff/wording.js';

describe('numbers as places', () => {
  it('counts ordinals per scope, skipping what does not end in digits', () => {
    expect(numberPlaces(['1', '2', '2.1', '3а', null, '3', '2.2'])).toEqual([
      { scope: '', last: 1, ordinal: 1 },
      { scope: '', last: 2, ordinal: 2 },
      { scope: '2.', last: 1, ordinal: 1 },
      null,
      null,
      { scope: '', last: 3, ordinal: 3 },
      { scope: '2.', last: 2, ordinal: 2 },
    ]);
  });

  it('a number that moved with its ordinal only shifted; one that did not was renumbered', () => {
    // «5», fifth in its list, became «6», sixth: a row was added before it
    expect(shiftedOnly({ scope: '', last: 5, ordinal: 5 }, { scope: '', last: 6, ordinal: 6 })).toBe(true);
    expect(shiftedOnly({ scope: '', last: 5, ordinal: 5 }, { scope: '', last: 15, ordinal: 5 })).toBe(false);
    expect(shiftedOnly({ scope: '2.', last: 3, ordinal: 3 }, { scope: '3.', last: 3, ordinal: 3 })).toBe(false);
    expect(shiftedOnly({ scope: '2.', last: 3, ordinal: 3 }, { scope: '3.', last: 3, ordinal: 3 }, () => true)).toBe(true);
  });
});

describe('the longest chain', () => {
  it('keeps the pairs in order on both sides and leaves out the moved ones', () => {
    const pairs = [
      { a: 0, b: 0 },
      { a: 1, b: 5 }, // moved down
      { a: 2, b: 1 },
      { a: 3, b: 2 },
      { a: 4, b: 3 },
      { a: 5, b: 4 },
    ];
    expect([...longestChain(pairs)].sort()).toEqual([0, 2, 3, 4, 5]);
    expect(longestChain([]).size).toBe(0);
  });
});

describe('side by side', () => {
  it('follows b, and puts a removed row after the partner of its matched predecessor', () => {
    // a: x0 x1(removed) x2 ; b: y0(added) y1=x0 y2=x2
    expect(sideBySide(3, 3, [{ a: 0, b: 1 }, { a: 2, b: 2 }])).toEqual([
      { a: null, b: 0 },
      { a: 0, b: 1 },
      { a: 1, b: null },
      { a: 2, b: 2 },
    ]);
  });
});

describe('wording', () => {
  it('folds case, ё, dashes, quotes and spacing around punctuation', () => {
    expect(wordingKey('Учёт  участия «500+» – март-апрель ( 2022 )')).toBe(wordingKey('учет участия "500+" - март - апрель (2022)'));
    expect(wordingKey('Анкетирование')).not.toBe(wordingKey('Анкетирования'));
  });

  it('inflected forms of the same words are alike; unrelated activities are not', () => {
    const texts = [
      'Анкетирование отобранных для участия в проекте ОО для разработки рискового профиля школы (РПШ)',
      'Организация анкетирования отобранных для участия в проекте ОО для разработки рискованных профилей школы (РПШ)',
      'Круглый стол «Эффективные модели наставничества»',
    ];
    const v = vocabulary(texts);
    const [x, y, z] = texts.map((t) => v.bag(t));
    expect(similarity(x!, y!, v)).toBeGreaterThan(0.8);
    expect(similarity(x!, z!, v)).toBe(0);
    expect(similarity(x!, x!, v)).toBeCloseTo(1, 10);
  });
});
