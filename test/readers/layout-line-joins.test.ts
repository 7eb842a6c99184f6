// How the PDF reader joins the visual lines of a wrapped paragraph or cell, on hand-made lines.
import { describe, expect, it } from 'vitest';
import { isMidWordBreak, isWrap, joinWrapped } from '../../src/readers/layout/line-joins.js';
import { makeLine, type VisualLine } from '../../src/readers/layout/lines.js';
import type { TextRun } from '../../src/readers/layout/text-runs.js';
import { Vocabulary } from '../../src/readers/layout/vocabulary.js';

/** A line of 10-pt text at x0, 5 pt per character. */
function line(text: string, x0 = 0, y = 0): VisualLine {
  const run: TextRun = { text, x0, x1: x0 + 5 * text.length, y, size: 10, bold: false, spaceBefore: false, spaceAfter: false };
  return makeLine([run], true);
}

describe('joinWrapped', () => {
  it('keeps a hyphen between letters or digits and closes up: «мастер-» + «классов»', () => {
    expect(joinWrapped('Проведение мастер-', 'классов', false)).toBe('Проведение мастер-классов');
    expect(joinWrapped('17.01.2022-', '04.02.2022', false)).toBe('17.01.2022-04.02.2022');
  });

  it('a dash after a space is a dash: the words stay apart', () => {
    expect(joinWrapped('района по социальным вопросам –', 'начальник', false)).toBe('района по социальным вопросам – начальник');
    expect(joinWrapped('Февраль -', 'март', false)).toBe('Февраль - март');
  });

  it('drops a soft hyphen, closes up after a slash and before pushed-down punctuation', () => {
    expect(joinWrapped('органи\u00ad', 'зации', false)).toBe('организации');
    expect(joinWrapped('вебинарах/', 'семинарах', false)).toBe('вебинарах/семинарах');
    expect(joinWrapped('в опросах', ', проводимых', false)).toBe('в опросах, проводимых');
  });

  it('otherwise joins with one space, or none inside a broken word', () => {
    expect(joinWrapped('Создание рабочей', 'группы', false)).toBe('Создание рабочей группы');
    expect(joinWrapped('Органи', 'зация', true)).toBe('Организация');
  });
});

describe('isWrap', () => {
  it('a line is a wrap when the next word would not have fitted after it', () => {
    // box 0..100; «Создание рабочей» ends at 80; «группы» (30 pt) + a space does not fit in 20
    expect(isWrap(line('Создание рабочей'), line('группы', 0, 12), 100)).toBe(true);
    // «Приложение» ends at 50; «к» fits easily: the writer broke the line
    expect(isWrap(line('Приложение'), line('к распоряжению', 0, 12), 100)).toBe(false);
  });
});

describe('isMidWordBreak', () => {
  const words = new Vocabulary();
  // the document's other lines: «участия» and «школ» are words it uses; «зация» is not
  words.addLines([line('для участия в работе школ и организаций'), line('Организация работы школ')], 1000);

  it('one word filling its box, continued by a piece that makes a word the document uses', () => {
    expect(isMidWordBreak(line('Органи'), line('зация', 0, 12), 31, words)).toBe(true);
  });

  it('… or by a piece the document never uses as a word', () => {
    expect(isMidWordBreak(line('еженед'), line('ельных', 0, 12), 31, words)).toBe(true);
  });

  it('not when both pieces are words of the document', () => {
    expect(isMidWordBreak(line('участия'), line('школ в', 0, 12), 36, words)).toBe(false);
  });

  it('not when the line does not fill its box, or has several words', () => {
    expect(isMidWordBreak(line('Органи'), line('зация', 0, 12), 60, words)).toBe(false);
    expect(isMidWordBreak(line('в Органи'), line('зация', 0, 12), 41, words)).toBe(false);
  });

  it('a hyphen pushed alone onto the next line belongs to the word before it', () => {
    expect(isMidWordBreak(line('25.04.2022'), line('-', 0, 12), 51, words)).toBe(true);
  });

  it('a letter next to a digit is a boundary', () => {
    expect(isMidWordBreak(line('Август-октябрь'), line('2022 г.', 0, 12), 71, words)).toBe(false);
  });
});
