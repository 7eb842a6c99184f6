// The small pieces the parsers stand on: calendar arithmetic, month names and their typos, OCR digit repair.
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysInMonth, isIsoDay } from '../../src/dates/calendar.js';
import { monthOf, monthOfSplit, monthOfTypo } from '../../src/dates/month-names.js';
import { repairOcrDigits } from '../../src/dates/ocr-digits.js';

describe('calendar', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2022, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2022, 4)).toBe(30);
  });
  it('shifts days across months and years', () => {
    expect(addDays('2022-02-16', 10)).toBe('2022-02-26');
    expect(addDays('2022-12-25', 10)).toBe('2023-01-04');
  });
  it('shifts months, clamping the day', () => {
    expect(addMonths('2022-04-11', 1)).toBe('2022-05-11');
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(addMonths('2022-11-30', 3)).toBe('2023-02-28');
  });
  it('tells a real ISO day', () => {
    expect(isIsoDay('2022-02-28')).toBe(true);
    expect(isIsoDay('2022-02-29')).toBe(false);
    expect(isIsoDay('16.02.2022')).toBe(false);
    expect(isIsoDay(null)).toBe(false);
  });
});

describe('month names', () => {
  it('reads every case and the abbreviations', () => {
    expect(monthOf('января')).toBe(1);
    expect(monthOf('марте')).toBe(3);
    expect(monthOf('мая')).toBe(5);
    expect(monthOf('сент.')).toBe(9);
    expect(monthOf('нояб')).toBe(11);
    expect(monthOf('месяц')).toBe(0);
  });
  it('forgives one edit in a long enough word', () => {
    expect(monthOfTypo('сенятбрь')).toBe(9);
    expect(monthOfTypo('феврапь')).toBe(2);
    expect(monthOfTypo('дкабрь')).toBe(12);
    expect(monthOfTypo('графику')).toBe(0);
    expect(monthOfTypo('проекта')).toBe(0);
    // too short to tell
    expect(monthOfTypo('мая')).toBe(0);
  });
  it('joins a month split by a space', () => {
    expect(monthOfSplit('ав', 'густ')).toBe(8);
    expect(monthOfSplit('по', 'графику')).toBe(0);
  });
});

describe('OCR digit repair', () => {
  it('changes look-alikes inside numbers', () => {
    expect(repairOcrDigits('Октябрь 2О22 г.')).toBe('Октябрь 2022 г.');
    expect(repairOcrDigits('0l.03.2022')).toBe('01.03.2022');
    expect(repairOcrDigits('до 3I.12.2022')).toBe('до 31.12.2022');
  });
  it('leaves words and Roman numerals alone', () => {
    expect(repairOcrDigits('I квартал 2022 г.')).toBe('I квартал 2022 г.');
    expect(repairOcrDigits('о проведении 10 мероприятий')).toBe('о проведении 10 мероприятий');
    expect(repairOcrDigits('ОО')).toBe('ОО');
  });
});
