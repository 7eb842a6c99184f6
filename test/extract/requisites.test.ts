// Requisites of the act: the letterhead in the forms orders use, and act numbers normalised.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/api.js';
import { normalizeActNumber } from '../../src/normalize/act-number.js';

describe('act numbers', () => {
  it.each([
    ['№262 – р', '262-р'],
    ['№ 19/1', '19/1'],
    ['№ 245-ссл/г', '245-ссл/г'],
    ['N 203-р', '203-р'],
    ['№ 1044 - ОД', '1044-ОД'],
    ['№ 02-21/683', '02-21/683'],
    ['226', '226'],
    ['№ 15 / 2', '15/2'],
    ['', null],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeActNumber(raw)).toBe(expected);
  });
});

const letterhead = (...lines: string[]) => parseText([...lines, '', 'ПРИКАЗЫВАЮ:', '', '1. Утвердить план.'].join('\n')).document;

describe('letterheads', () => {
  it.each([
    {
      name: 'lines of their own (seed 000)',
      lines: ['**УПРАВЛЕНИЕ ОБРАЗОВАНИЯ**', '', 'ПРИКАЗ', '', '16.02.2022', '', '№ 19/1', '', 'г. Устюжна', '', 'Об утверждении плана'],
      expected: { type: 'order', typeLabel: 'ПРИКАЗ', issuer: 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ', date: '2022-02-16', number: '19/1', place: 'г. Устюжна', title: 'Об утверждении плана' },
    },
    {
      name: 'date and number on one line, «от … г.»',
      lines: ['Администрация района', '', 'РАСПОРЯЖЕНИЕ', '', 'от 11.04.2022 г. № 262-р', '', 'с. Чара', '', 'О плане'],
      expected: { type: 'directive', date: '2022-04-11', number: '262-р', place: 'с. Чара', title: 'О плане' },
    },
    {
      name: 'letter-spaced heading, month in capitals, place before the number (seed 003)',
      lines: ['ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ОРЛОВСКОЙ ОБЛАСТИ', '', 'П Р И К А З', '', '28 ФЕВ 2022', '', 'г. Орёл', '', '№ 226', '', 'Об утверждении'],
      expected: { typeLabel: 'П Р И К А З', issuer: 'ДЕПАРТАМЕНТ ОБРАЗОВАНИЯ ОРЛОВСКОЙ ОБЛАСТИ', date: '2022-02-28', number: '226', place: 'г. Орёл' },
    },
    {
      name: 'country and region above the issuer, an address below it',
      lines: [
        'РОССИЙСКАЯ ФЕДЕРАЦИЯ',
        'Вологодская область',
        '',
        'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ',
        'УСТЮЖЕНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА',
        'ул. Карла Маркса, д. 2, г. Устюжна, 162840, тел. 2-15-53',
        '',
        'ПОСТАНОВЛЕНИЕ',
        '',
        '«16» февраля 2022 г. № 19',
        '',
        'О мерах',
      ],
      expected: {
        type: 'resolution',
        issuer: 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ УСТЮЖЕНСКОГО МУНИЦИПАЛЬНОГО РАЙОНА',
        date: '2022-02-16',
        number: '19',
        place: 'г. Устюжна',
      },
    },
    {
      name: 'a word-form date «11 апреля 2022 года» and «№262 – р»',
      lines: ['АДМИНИСТРАЦИЯ', '', 'РАСПОРЯЖЕНИЕ', '', '11 апреля 2022 года', '', '№262 – р', '', 'Об утверждении'],
      expected: { date: '2022-04-11', number: '262-р', place: null },
    },
  ])('$name', ({ lines, expected }) => {
    expect(letterhead(...lines)).toMatchObject(expected);
  });

  it('a sentence starting with «Приказ» is not a heading', () => {
    const doc = parseText(['Приказ довести до сведения всех работников.', '', 'Иванов И.И.'].join('\n')).document;
    expect(doc.type).toBe('unknown');
    expect(doc.typeLabel).toBeNull();
  });
});

describe('basis, clauses and signatories', () => {
  const text = [
    'ПРИКАЗ',
    '',
    '16.02.2022',
    '',
    '№ 19/1',
    '',
    'Об утверждении плана',
    '',
    'В соответствии с письмом Федеральной службы по надзору в сфере образования и науки от 22.11.2021 № 02-21/683 «О реализации проекта «500+» в 2022 году», приказом Департамента образования Вологодской области от 16.12.2021 № 2552 «О реализации проекта 500+», с целью оказания помощи школам,',
    '',
    'ПРИКАЗЫВАЮ:',
    '',
    '1. Утвердить план (приложение 1).',
    '2. Назначить ответственными:',
    ' - координатора проекта;',
    ' - куратора проекта.',
    '2.1. Обеспечить исполнение.',
    '3. Контроль оставляю за собой.',
    '',
    'Заместитель руководителя администрации',
    'района по социальным вопросам –',
    'начальник управления образования',
    '',
    '',
    'Г.В. Левина',
    '',
    'С приказом ознакомлены: Захаров С.П., Иванова А.А.',
  ].join('\n');
  const doc = parseText(text).document;

  it('reads every act the preamble cites, with issuer, date, number and title (nested quotes kept)', () => {
    expect(doc.basis).toEqual([
      { type: 'letter', issuer: 'Федеральной службы по надзору в сфере образования и науки', date: '2021-11-22', number: '02-21/683', title: 'О реализации проекта «500+» в 2022 году' },
      { type: 'order', issuer: 'Департамента образования Вологодской области', date: '2021-12-16', number: '2552', title: 'О реализации проекта 500+' },
    ]);
  });

  it('reads numbered clauses, list lines joined to their clause', () => {
    expect(doc.clauses).toEqual([
      { number: '1', text: 'Утвердить план (приложение 1).' },
      { number: '2', text: 'Назначить ответственными: - координатора проекта; - куратора проекта.' },
      { number: '2.1', text: 'Обеспечить исполнение.' },
      { number: '3', text: 'Контроль оставляю за собой.' },
    ]);
  });

  it('reads the signer with the multi-line position, and who acknowledged the order', () => {
    expect(doc.signatories).toEqual([
      { role: 'signed', position: 'Заместитель руководителя администрации района по социальным вопросам – начальник управления образования', name: 'Г.В. Левина' },
      { role: 'acknowledged', position: null, name: 'Захаров С.П.' },
      { role: 'acknowledged', position: null, name: 'Иванова А.А.' },
    ]);
  });

  it('reads a position and name on one line separated by a tab', () => {
    const d = parseText(['ПРИКАЗ', '', '№ 5', '', 'О плане', '', 'ПРИКАЗЫВАЮ:', '1. Утвердить план.', '', 'Ректор\t\t\tО.С. Кольцова'].join('\n')).document;
    expect(d.signatories).toEqual([{ role: 'signed', position: 'Ректор', name: 'О.С. Кольцова' }]);
  });
});

describe('documents without an act heading', () => {
  it('a report: type, label as written, the whole heading as title, the approver', () => {
    const text = [
      'УТВЕРЖДАЮ',
      'Директор МБОУ «СОШ № 1»',
      '__________ И.И. Иванова',
      '«___» ________ 2022 г.',
      '',
      'Отчет о реализации дорожной карты',
      'проекта «500+» в 2022 году',
      '',
      '№\tМероприятие\tСрок\tОтветственный\tОтметка о выполнении',
      '1.\tАнализ\tМарт 2022\tДиректор\tВыполнено',
      '2.\tСеминар\tАпрель 2022\tЗавуч\tВыполнено',
    ].join('\n');
    const m = parseText(text);
    expect(m.document).toMatchObject({ type: 'report', typeLabel: 'Отчет', title: 'Отчет о реализации дорожной карты проекта «500+» в 2022 году' });
    expect(m.document.signatories).toEqual([{ role: 'approved', position: 'Директор МБОУ «СОШ № 1»', name: 'И.И. Иванова' }]);
    expect(m.roadmaps[0]!.columns.map((c) => c.role)).toEqual(['number', 'activity', 'timeframe', 'responsible', 'report']);
    expect(m.roadmaps[0]!.items[0]!.report).toBe('Выполнено');
  });

  it('a plan under an approval stamp takes the date and number of the approving act', () => {
    const text = [
      'УТВЕРЖДЕН',
      'распоряжением администрации района',
      'от 25 июня 2019 года N 203-р',
      '',
      'ПЛАН МЕРОПРИЯТИЙ',
      'по поддержке школ на 2019 год',
      '',
      '№\tМероприятие\tСрок\tОтветственный',
      '1.\tАнализ\tИюль\tМОУО',
      '2.\tСеминар\tАвгуст\tМОУО',
    ].join('\n');
    const m = parseText(text);
    expect(m.document).toMatchObject({ type: 'plan', date: '2019-06-25', number: '203-р', title: 'ПЛАН МЕРОПРИЯТИЙ по поддержке школ на 2019 год' });
    expect(m.roadmaps[0]!.period).toEqual({ start: '2019-01-01', end: '2019-12-31' });
    expect(m.roadmaps[0]!.items[0]!.timeframe.periods).toEqual([{ start: '2019-07-01', end: '2019-07-31', precision: 'month' }]);
  });
});
