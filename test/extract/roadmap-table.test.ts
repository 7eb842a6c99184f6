// Roadmap tables: column roles from any wording, sections told from items, cells split into fields,
// rows repaired only when the damage is unmistakable, and the diagnostics a careful reader would note.
import { describe, expect, it } from 'vitest';
import { parseFile, parseText } from '../../src/api.js';
import { columnRole } from '../../src/extract/roadmap/column-roles.js';
import { splitResponsible } from '../../src/extract/roadmap/responsible.js';
import { findLinks } from '../../src/extract/roadmap/links.js';
import { ORDERS } from '../helpers/fixtures.js';

describe('column roles', () => {
  it.each([
    ['№ п/п', 'number'],
    ['№', 'number'],
    ['N п/п', 'number'],
    ['Мероприятие', 'activity'],
    ['Задачи', 'activity'],
    ['Наименование мероприятия', 'activity'],
    ['Описание действий', 'activity'],
    ['Содержание работы', 'activity'],
    ['Сроки реализации', 'timeframe'],
    ['Дата реализации', 'timeframe'],
    ['Срок исполнения', 'timeframe'],
    ['Период проведения', 'timeframe'],
    ['Ответственный', 'responsible'],
    ['Исполнители', 'responsible'],
    ['Ответственные исполнители', 'responsible'],
    ['Ответственный за исполнение', 'responsible'],
    ['Ожидаемый результат', 'result'],
    ['Результат', 'result'],
    ['Ожидаемый результат (показатель)', 'result'],
    ['Форма отчетности', 'report'],
    ['Отчетный документ', 'report'],
    ['Форма представления результатов', 'report'],
    ['Подтверждающие документы', 'report'],
    ['Плановый срок', 'timeframe'],
    ['Фактический срок', 'other'],
    ['N N п.п', 'number'],
    ['Срок (план)', 'timeframe'],
    ['Срок (факт)', 'other'],
    ['Срок исполнения по плану', 'timeframe'],
    ['Фактически', 'other'],
    ['Корректировка плана', 'other'],
    ['Наименование направления мероприятия', 'activity'],
    ['Пошаговые мероприятия', 'activity'],
    ['Контрольные показатели реализации', 'indicator'],
    ['Проблема (риск)', 'activity'],
    ['Наименование программы', 'activity'],
    ['Целевая аудитория', 'other'],
    ['Показатель реализации', 'indicator'],
    ['Муниципальный показатель реализации', 'indicator'],
    ['Целевое значение', 'indicator'],
    ['Информационное сопровождение проекта', 'info'],
    ['Отчетная информация', 'report'],
    ['Отметка о выполнении', 'report'],
    ['Информация об исполнении', 'report'],
    ['Примечание', 'other'],
    ['Источник финансирования', 'other'],
  ])('«%s» -> %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });
});

describe('responsible parties', () => {
  it.each([
    ['МОУО, ШНОР', ['МОУО', 'ШНОР']],
    ['Управление образования, муниципальный координатор проекта «500+»', ['Управление образования', 'муниципальный координатор проекта «500+»']],
    ['Участник проекта в 2021 году (МОУ «Желябовская школа», филиал), муниципальный координатор', ['Участник проекта в 2021 году (МОУ «Желябовская школа», филиал)', 'муниципальный координатор']],
    ['Органы местного самоуправления, осуществляющие управление в сфере образования (далее – МОУО)', ['Органы местного самоуправления, осуществляющие управление в сфере образования (далее – МОУО)']],
    ['Руководители ШМО и РМО', ['Руководители ШМО и РМО']],
    ['Директор; завуч.', ['Директор', 'завуч']],
    ['', []],
    ['Петров С.А., заместитель начальника управления; Сидорова Н.В.', ['Петров С.А., заместитель начальника управления', 'Сидорова Н.В.']],
    ['Петров С.А.; заместитель директора', ['Петров С.А.', 'заместитель директора']],
    ['начальник отдела – Иванова М.П.', ['начальник отдела – Иванова М.П.']],
    ['заместитель директора (Смирнова О.Л.), ИМЦ', ['заместитель директора (Смирнова О.Л.)', 'ИМЦ']],
    ['МОУО, ИМЦ (Смирнова О.Л.), Совет молодых педагогов', ['МОУО', 'ИМЦ (Смирнова О.Л.)', 'Совет молодых педагогов']],
    ['Т.И. Герасименко', ['Т.И. Герасименко']],
    ['Т.И.Герасименко Т.В.Лавринова', ['Т.И.Герасименко', 'Т.В.Лавринова']],
    ['Иванов И.И. Петрова А.А.', ['Иванов И.И.', 'Петрова А.А.']],
    ['Т.В.Лавринова Руководители МТГ', ['Т.В.Лавринова Руководители МТГ']],
  ])('«%s»', (cell, expected) => {
    expect(splitResponsible([cell])).toEqual(expected);
  });

  it.each([
    [['начальник отдела – Иванова М.П.', 'ИМЦ'], ['начальник отдела – Иванова М.П.', 'ИМЦ']],
    [['Управление образования', 'Руководители ОО'], ['Управление образования', 'Руководители ОО']],
    // a wrap: the next line goes on in lower case, after a preposition, or is the initials of a name
    [['Муниципальные общеобразовательные', 'организации'], ['Муниципальные общеобразовательные организации']],
    [['Центр оценки качества при', 'Министерстве образования'], ['Центр оценки качества при Министерстве образования']],
    [['начальник отдела Иванова', 'М.П.'], ['начальник отдела Иванова М.П.']],
    [['МБОУ «Средняя школа', '№ 7»'], ['МБОУ «Средняя школа № 7»']],
  ])('lines %j', (lines, expected) => {
    expect(splitResponsible(lines)).toEqual(expected);
  });

  it('splits two parties run together only when one stands alone elsewhere in the column', () => {
    const known = new Set(['ЦНППМ', 'Участник проекта']);
    expect(splitResponsible(['ЦНППМ ОМО по профилям'], known)).toEqual(['ЦНППМ', 'ОМО по профилям']);
    expect(splitResponsible(['Участник проекта Участник проекта'], known)).toEqual(['Участник проекта', 'Участник проекта']);
    expect(splitResponsible(['ГАУ ДПО СОИРО'], known)).toEqual(['ГАУ ДПО СОИРО']);
    expect(splitResponsible(['ЦНППМ ОМО по профилям'])).toEqual(['ЦНППМ ОМО по профилям']);
  });
});

describe('links', () => {
  it('finds every http(s) URL once, without the sentence punctuation after it', () => {
    expect(findLinks(['См. https://vk.com/wall-152319150_7251, и http://oipro.pf/a.pdf.', 'https://vk.com/wall-152319150_7251 (сайт http://x.ru/a_(b))'])).toEqual([
      'https://vk.com/wall-152319150_7251',
      'http://oipro.pf/a.pdf',
      'http://x.ru/a_(b)',
    ]);
    expect(findLinks(['javascript:alert(1) dpo-smolensk.ru'])).toEqual([]);
  });
});

const plan = (rows: string[], title = 'План мероприятий на 2022 год') =>
  parseText(['ПРИКАЗ', '', '16.02.2022', '', '№ 1', '', 'Об утверждении плана', '', 'ПРИКАЗЫВАЮ:', '1. Утвердить план.', '', 'Директор', '', 'И.И. Иванов', '', title, '', ...rows].join('\n'));

describe('sections and items', () => {
  it('numbered section rows above two-level items; unnumbered section titles', () => {
    const m = plan([
      '№\tМероприятие\tСрок\tОтветственный',
      '1. Организация\t\t\t',
      '1.1.\tСоздание группы\tФевраль\tМОУО',
      '1.2.\tАнализ\tМарт\tМОУО',
      'Информационное сопровождение',
      '2.1.\tРазмещение\tАпрель\tШкола',
    ]);
    const r = m.roadmaps[0]!;
    expect(r.sections).toEqual([
      { number: '1', title: 'Организация' },
      { number: null, title: 'Информационное сопровождение' },
    ]);
    expect(r.items.map((i) => [i.number, i.section, i.activity])).toEqual([
      ['1.1', '1', 'Создание группы'],
      ['1.2', '1', 'Анализ'],
      ['2.1', 'Информационное сопровождение', 'Размещение'],
    ]);
    expect(r.period).toEqual({ start: '2022-01-01', end: '2022-12-31' });
  });

  it('a start/end pair of columns is one timeframe joined with « – »', () => {
    const m = plan(['№\tМероприятие\tСрок начала\tСрок окончания\tОтветственный', '1.\tСеминар\t01.03.2022\t15.03.2022\tМОУО', '2.\tАнализ\t01.04.2022\t30.04.2022\tМОУО']);
    const item = m.roadmaps[0]!.items[0]!;
    expect(item.timeframe).toMatchObject({ text: '01.03.2022 – 15.03.2022', kind: 'range', periods: [{ start: '2022-03-01', end: '2022-03-15' }] });
  });

  it('a grid of period columns marked «х»: the marked columns are the timeframe', () => {
    const m = plan(['№\tМероприятие\tI квартал\tII квартал\tIII квартал\tIV квартал\tОтветственный', '1.\tМониторинг\tх\t\tх\t\tМОУО', '2.\tОтчёт\t\t\t\t+\tШкола']);
    const [a, b] = m.roadmaps[0]!.items;
    expect(a!.timeframe.text).toBe('I квартал; III квартал');
    expect(a!.timeframe.periods.map((p) => [p.start, p.end])).toEqual([
      ['2022-01-01', '2022-03-31'],
      ['2022-07-01', '2022-09-30'],
    ]);
    expect(b!.timeframe.periods.map((p) => [p.start, p.end])).toEqual([['2022-10-01', '2022-12-31']]);
    expect(b!.responsible).toEqual(['Школа']);
  });

  it('other columns go to `extra` by header, URLs to `links`', () => {
    const m = plan(['№\tМероприятие\tСрок\tОтветственный\tИсточник финансирования', '1.\tСайт https://school.ru/500\tМай\tМОУО\tБюджет', '2.\tАнализ\tИюнь\tМОУО\t']);
    expect(m.roadmaps[0]!.items[0]).toMatchObject({ extra: { 'Источник финансирования': 'Бюджет' }, links: ['https://school.ru/500'] });
    expect(m.roadmaps[0]!.items[1]!.extra).toEqual({});
  });

  it('every item says where it is: table, row (header = 1) and source line', () => {
    const m = plan(['№\tМероприятие\tСрок\tОтветственный', '1.\tСоздание\tМай\tМОУО', '2.\tАнализ\tИюнь\tМОУО']);
    expect(m.roadmaps[0]!.items.map((i) => i.at)).toEqual([
      { table: 1, row: 2, line: 19 },
      { table: 1, row: 3, line: 20 },
    ]);
  });

  it('a table that is not a roadmap (a list of schools) is not in roadmaps', () => {
    const m = plan(['№\tНаименование школы\tАдрес', '1.\tМОУ СОШ №1\tул. Ленина, 1', '2.\tМОУ СОШ №2\tул. Мира, 2']);
    expect(m.roadmaps).toEqual([]);
  });
});

describe('diagnostics on the seeds', () => {
  const codes = async (id: string) => (await parseFile(`${ORDERS}${id}.txt`)).diagnostics.map((d) => [d.code, d.at.item ?? d.at.line]);

  it('002: the appendix cites another number than the act; item 2 is missing', async () => {
    const d = await codes('002_cfd02bc2b9fd3aef');
    expect(d).toContainEqual(['appendix-number-mismatch', 32]);
    expect(d).toContainEqual(['item-number-gap', '3']);
    const m = await parseFile(`${ORDERS}002_cfd02bc2b9fd3aef.txt`);
    expect(m.diagnostics.find((x) => x.code === 'appendix-number-mismatch')!.message).toBe('Приложение refers to №266-р, the act is №262-р');
  });

  it('001: the appendix number differs; every row placed by guesswork is marked row-unplaced', async () => {
    const m = await parseFile(`${ORDERS}001_905b539a19fec123.txt`);
    expect(m.diagnostics.filter((x) => x.code === 'appendix-number-mismatch')).toHaveLength(1);
    const unplaced = m.diagnostics.filter((x) => x.code === 'row-unplaced').map((x) => x.at.item).sort();
    expect(unplaced).toEqual(['55', '56', '57', '58', '6', '7', '8', '9']);
    expect(m.diagnostics.every((x) => x.severity !== 'error')).toBe(true);
  });

  it('000 and 003 have nothing for the parser to flag but dropped or moved text', async () => {
    for (const id of ['000_634ec10432542fee', '003_77b42d29d9c320cf']) {
      const m = await parseFile(`${ORDERS}${id}.txt`);
      expect(m.diagnostics.filter((x) => x.severity !== 'info')).toEqual([]);
    }
  });
});
