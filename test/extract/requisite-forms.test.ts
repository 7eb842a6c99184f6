// The recognizers of src/extract/requisites, one table per form, and whole headers of each layout of the genre
// read through parseText.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/api.js';
import { readRequisiteLine } from '../../src/extract/requisites/line-forms.js';
import { planKindLabel } from '../../src/extract/requisites/plan-heading.js';
import { findNumber } from '../../src/extract/requisites/values.js';

describe('line forms', () => {
  it.each([
    ['от « 7 »____11____2023 г.                                № 312-од', 'date-number-place', '2023-11-07', '312-од', null],
    ['« 14 » апреля 2022 г.\t\t\t\tN 45/1-р', 'date-number-place', '2022-04-14', '45/1-р', null],
    ['от "5" мая 2023 года № 7б', 'date-number-place', '2023-05-05', '7б', null],
    ['от «21» октября 2021г. № 01-07/123', 'date-number-place', '2021-10-21', '01-07/123', null],
    ['12.05.11                                     N 338-к', 'date-number-place', '2011-05-12', '338-к', null],
    ['№ 52-осн\u00a0\u00a0\u00a0от\u00a030.08.2023', 'date-number-place', '2023-08-30', '52-осн', null],
    ['05.07.2019 | | № 412-рп |', 'date-number-place', '2019-07-05', '412-рп', null],
    ['г. Энск     12.03.2023     № 17-Р2', 'date-number-place', '2023-03-12', '17-Р2', 'г. Энск'],
    ['от «__»________20__ г. № ____', 'blank-form', null, null, null],
    ['«___» ____________ 2023 г.            № _____', 'blank-form', null, null, null],
    ['«___» ____________ 2023 г.            № 15', 'date-number-place', null, '15', null],
    ['от 12.05.2023 № 5 (в ред. от 01.02.2024 № 9)', 'date-number-place', '2023-05-12', '5', null],
    ['12 марта 2023 г. г. Энск № 01-07/123', 'date-number-place', '2023-03-12', '01-07/123', 'г. Энск'],
    ['| г. Тверь | |', 'place', null, null, 'г. Тверь'],
    ['с. Чара', 'place', null, null, 'с. Чара'],
    ['Г. ОРЁЛ', 'place', null, null, 'Г. ОРЁЛ'],
  ])('%s', (line, form, date, number, place) => {
    expect(readRequisiteLine(line, { afterRequisites: true })).toEqual({ form, date, number, place });
  });

  it.each([
    'Об утверждении плана мероприятий',
    'В целях реализации проекта от 12.05.2022 № 5 приказываю:',
    'ул. Мира, 5, г. Энск, 160000',
    'О',
  ])('not a line of requisites: %s', (line) => {
    expect(readRequisiteLine(line, { afterRequisites: true })).toBeNull();
  });

  it('a bare town counts only right after the date line', () => {
    expect(readRequisiteLine('Красногорск', { afterRequisites: true })?.place).toBe('Красногорск');
    expect(readRequisiteLine('Красногорск', { afterRequisites: false })).toBeNull();
  });
});

describe('act numbers in a line', () => {
  it.each([
    ['№ 312-од', '312-од'],
    ['N 45/1-р', '45/1-р'],
    ['Приказ №_66 от 09.03.2011_', '66'],
    ['№ 263-ПП/9План-график мероприятий', '263-ПП/9'],
    ['№181/1 от 13.09.2021г.', '181/1'],
    ['№ ____', null],
    ['Nп__Щz', null],
  ])('%s -> %s', (text, number) => {
    expect(findNumber(text)?.number ?? null).toBe(number);
  });
});

describe('plan kind labels', () => {
  it.each([
    ['План мероприятий («дорожная карта») по повышению', 'План мероприятий («дорожная карта»)'],
    ['Комплекс мер по модернизации', 'Комплекс мер'],
    ['КОМПЛЕКС МЕР (дорожная карта) по созданию', 'КОМПЛЕКС МЕР (дорожная карта)'],
    ['План-график введения ФГОС', 'План-график'],
    ['План-график мероприятий по организации', 'План-график мероприятий'],
    ['Сетевой план-график долгосрочной программы', 'Сетевой план-график'],
    ['«Дорожная карта» реализации целевой модели', 'Дорожная карта'],
    ['Межведомственный план мероприятий по повышению', 'Межведомственный план мероприятий'],
    ['Планируется провести', null],
  ])('%s', (text, label) => {
    expect(planKindLabel(text)).toBe(label);
  });
});

const doc = (...lines: string[]) => parseText(lines.join('\n')).document;
const REQ = (d: ReturnType<typeof doc>) => ({ type: d.type, typeLabel: d.typeLabel, issuer: d.issuer, date: d.date, number: d.number, place: d.place, title: d.title });

describe('headers of the genre', () => {
  it.each([
    {
      name: 'a date written into a form, the number far right',
      lines: ['АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА', '', 'ПРИКАЗ', '', 'от « 7 »____11____2023 г.                      № 312-од', '', 'г. Энск', '', 'О плане мероприятий', '', 'ПРИКАЗЫВАЮ:', '1. Утвердить план.'],
      want: { type: 'order', typeLabel: 'ПРИКАЗ', issuer: 'АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА', date: '2023-11-07', number: '312-од', place: 'г. Энск', title: 'О плане мероприятий' },
    },
    {
      name: 'a blank form gives null, and the title is not the date line',
      lines: ['УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', '', 'ПРИКАЗ', '', 'от «__»________20__ г. № ____', '', 'Об утверждении дорожной карты', '', 'ПРИКАЗЫВАЮ:', '1. Утвердить.'],
      want: { type: 'order', date: null, number: null, title: 'Об утверждении дорожной карты' },
    },
    {
      name: 'the type word glued to the date, a two-digit year',
      lines: ['ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ', 'ПРИКАЗот 12.05.11 N 338-к', 'О мерах', 'ПРИКАЗЫВАЮ:', '1. Утвердить.'],
      want: { type: 'order', typeLabel: 'ПРИКАЗ', date: '2011-05-12', number: '338-к', title: 'О мерах' },
    },
    {
      name: 'date and number in « |» cells, the place in the row below',
      lines: ['ПРАВИТЕЛЬСТВО', 'ТВЕРСКОЙ ОБЛАСТИ', 'Р А С П О Р Я Ж Е Н И Е', '05.07.2019 | | № 412-рп |', '| г. Тверь | |', 'О мерах по созданию технопарков', 'В целях реализации проекта:', '1. Утвердить комплекс мер.'],
      want: { type: 'directive', typeLabel: 'Р А С П О Р Я Ж Е Н И Е', issuer: 'ПРАВИТЕЛЬСТВО ТВЕРСКОЙ ОБЛАСТИ', date: '2019-07-05', number: '412-рп', place: 'г. Тверь', title: 'О мерах по созданию технопарков' },
    },
    {
      name: 'region line opening the block dropped, closing one kept; convocation and address lines left out',
      lines: ['РОССИЙСКАЯ ФЕДЕРАЦИЯ', 'ЗАБАЙКАЛЬСКИЙ КРАЙ', '', 'АДМИНИСТРАЦИЯ КАЛАРСКОГО МУНИЦИПАЛЬНОГО ОКРУГА', 'ЗАБАЙКАЛЬСКОГО КРАЯ', 'ул. Ленина, д. 5, с. Чара, 674150, тел. 2-11-11', '', 'РАСПОРЯЖЕНИЕ', '', '11.04.2022 № 262-р', '', 'Об утверждении'],
      want: { issuer: 'АДМИНИСТРАЦИЯ КАЛАРСКОГО МУНИЦИПАЛЬНОГО ОКРУГА ЗАБАЙКАЛЬСКОГО КРАЯ', place: 'с. Чара', date: '2022-04-11', number: '262-р' },
    },
    {
      name: 'a one-word organ keeps the region line above it; a bare town under the date',
      lines: ['МОСКОВСКАЯ ОБЛАСТЬ', 'ПРАВИТЕЛЬСТВО', 'РАСПОРЯЖЕНИЕ', 'от 13 апреля 2021 г. N 236-РП', 'Красногорск', 'О внесении изменений', '1. Внести изменения.'],
      want: { issuer: 'МОСКОВСКАЯ ОБЛАСТЬ ПРАВИТЕЛЬСТВО', place: 'Красногорск', number: '236-РП', date: '2021-04-13' },
    },
    {
      name: 'a council: its convocation and session lines are not the issuer',
      lines: ['СОВЕТ ДЕПУТАТОВ ГОРОДА ЭНСКА', 'ШЕСТОГО СОЗЫВА', 'ДВАДЦАТАЯ СЕССИЯ', '', 'РЕШЕНИЕ', '', 'от 3 марта 2023 года № 45', '', 'О программе', '', 'Совет депутатов РЕШИЛ:', '1. Утвердить.'],
      want: { type: 'decision', issuer: 'СОВЕТ ДЕПУТАТОВ ГОРОДА ЭНСКА', date: '2023-03-03', number: '45', title: 'О программе' },
    },
    {
      name: 'junk before the document: a status line, the index title, a page counter',
      lines: ['Действующий', 'Приказ Управления образования от 01.02.2023 № 15 "О плане"', 'Страница 1 из 5', 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', 'ПРИКАЗ', 'от 01.02.2023 № 15', 'О плане', 'ПРИКАЗЫВАЮ:', '1. Утвердить.'],
      want: { issuer: 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', date: '2023-02-01', number: '15', title: 'О плане' },
    },
    {
      name: 'the organ in the genitive under the act\'s word',
      lines: ['ПОСТАНОВЛЕНИЕ', 'АДМИНИСТРАЦИИ ГОРОДА ЭНСКА', '', '15.03.2023 № 412', '', 'О плане', '', 'ПОСТАНОВЛЯЮ:', '1. Утвердить.'],
      want: { type: 'resolution', typeLabel: 'ПОСТАНОВЛЕНИЕ', issuer: 'АДМИНИСТРАЦИИ ГОРОДА ЭНСКА', date: '2023-03-15', number: '412', title: 'О плане' },
    },
    {
      name: 'the organ in the genitive on the heading line',
      lines: ['ПОСТАНОВЛЕНИЕ ГЛАВЫ ЭНСКОГО РАЙОНА', 'от 01.02.2023 № 7', 'О мерах', 'ПОСТАНОВЛЯЮ:', '1. Утвердить.'],
      want: { type: 'resolution', typeLabel: 'ПОСТАНОВЛЕНИЕ', issuer: 'ГЛАВЫ ЭНСКОГО РАЙОНА', date: '2023-02-01', number: '7', title: 'О мерах' },
    },
    {
      name: 'viewer and site lines before the header',
      lines: ['Главная / Документы / Приказы', 'Версия для печати', 'Опубликовано: 02.02.2023', 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', 'ПРИКАЗ', 'от 01.02.2023 № 15', 'О плане', 'ПРИКАЗЫВАЮ:', '1. Утвердить.'],
      want: { issuer: 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', date: '2023-02-01', number: '15', title: 'О плане' },
    },
    {
      name: 'a short letterhead in capitals is not an index title, though the body repeats it',
      lines: ['АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА', 'ПОСТАНОВЛЕНИЕ', 'от 01.02.2023 № 7', 'О мерах', 'Администрация города Энска ПОСТАНОВЛЯЕТ:', '1. Утвердить.'],
      want: { issuer: 'АДМИНИСТРАЦИЯ ГОРОДА ЭНСКА', date: '2023-02-01', number: '7', title: 'О мерах' },
    },
    {
      name: 'a stamp naming the organisation by its approver: the school\'s own number stays in its name',
      lines: ['УТВЕРЖДЕНО', 'приказом директора МБОУ СОШ № 5', 'от 01.09.2023 № 100', '', 'План работы наставников на 2023-2024 учебный год'],
      want: { type: 'plan', issuer: 'МБОУ СОШ № 5', date: '2023-09-01', number: '100' },
    },
    {
      name: 'a report heading ends where a new paragraph of prose begins',
      lines: ['КОМИТЕТ ОБРАЗОВАНИЯ', 'г. Энск, ул. Ленина, 1, тел. 22-33-44', '', 'Отчет об исполнении плана мероприятий за 2023 год', '', 'Текст отчёта.'],
      want: { type: 'report', issuer: 'КОМИТЕТ ОБРАЗОВАНИЯ', place: 'г. Энск', title: 'Отчет об исполнении плана мероприятий за 2023 год' },
    },
    {
      name: 'an appendix published alone: the stamp gives date, number and issuer (genitive kept)',
      lines: ['Приложение № 2', 'к приказу управления образования', 'администрации Энского района', 'от 12.01.2022 № 7', '', 'План мероприятий («дорожная карта») по повышению качества образования', '', '№ | Мероприятие | Срок |'],
      want: { type: 'plan', typeLabel: 'План мероприятий («дорожная карта»)', issuer: 'управления образования администрации Энского района', date: '2022-01-12', number: '7', title: 'План мероприятий («дорожная карта») по повышению качества образования' },
    },
    {
      name: 'a stamp over several lines, its «в редакции» act filling nothing',
      lines: ['УТВЕРЖДЕН', 'распоряжением Правительства', 'Энской области', 'от 25 июня 2019 года N 203-р', '(в редакции распоряжения Правительства Энской области от 10.10.2020 N 500-р)', '', 'Комплекс мер по созданию центров'],
      want: { type: 'plan', typeLabel: 'Комплекс мер', issuer: 'Правительства Энской области', date: '2019-06-25', number: '203-р', title: 'Комплекс мер по созданию центров' },
    },
    {
      name: 'УТВЕРЖДАЮ with the approving order under the signature',
      lines: ['УТВЕРЖДАЮ', 'Директор МБОУ «СОШ № 3»', '____________ И.О. Петрова', 'Приказ от 30.08.2023 № 123', '', 'План-график мероприятий по подготовке к ГИА', '', '№ | Мероприятие | Срок |'],
      want: { type: 'plan', typeLabel: 'План-график мероприятий', issuer: 'МБОУ «СОШ № 3»', date: '2023-08-30', number: '123', title: 'План-график мероприятий по подготовке к ГИА' },
    },
    {
      name: 'an act whose header is missing: «ПОСТАНОВЛЯЮ:» says it is a resolution',
      lines: ['В целях повышения качества образования ПОСТАНОВЛЯЮ:', '1. Утвердить план мероприятий.', '2. Контроль оставляю за собой.'],
      want: { type: 'resolution', typeLabel: null, date: null, number: null, title: null },
    },
    {
      name: 'a report: issuer the block above the title, place from the address',
      lines: ['Муниципальное бюджетное общеобразовательное учреждение', '«Средняя школа № 7»', 'ул. Мира, 5, г. Энск, 160000', '', 'Отчет о реализации дорожной карты в 2022 году', '', 'В соответствии с планом проведено:'],
      want: { type: 'report', typeLabel: 'Отчет', issuer: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 7»', place: 'г. Энск', title: 'Отчет о реализации дорожной карты в 2022 году' },
    },
  ])('$name', ({ lines, want }) => {
    expect(REQ(doc(...lines))).toMatchObject(want);
  });
});
