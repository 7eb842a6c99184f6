// Table headers: roles by phrase, a grouping column beside the activity, roles from the cells, period grids.
import { describe, expect, it } from 'vitest';
import { isPartyText } from '../../src/extract/roadmap/content-roles.js';
import { readHeader } from '../../src/extract/roadmap/table-header.js';
import { row } from './repairs/rows.js';

const roles = (rows: string[][]) => {
  const h = readHeader(rows.map((cells, i) => row(i + 1, cells)))!;
  return { roles: h.columns.map((c) => c.role), grouping: h.grouping, decided: h.decided?.map((d) => [d.column, d.role]), h };
};

describe('header roles', () => {
  it.each([
    {
      name: '«Задача» beside «Мероприятие» groups the items',
      rows: [['№ п/п', 'Задача', 'Мероприятие', 'Срок', 'Ответственный'], ['1', 'Кадры', 'Курсы', 'март', 'ИМЦ']],
      want: ['number', 'other', 'activity', 'timeframe', 'responsible'],
      grouping: [1],
    },
    {
      name: '«Направление» after «Мероприятие» groups them too (strength, not order)',
      rows: [['№', 'Мероприятие', 'Направление', 'Срок'], ['1', 'Курсы', 'Кадры', 'март']],
      want: ['number', 'activity', 'other', 'timeframe'],
      grouping: [2],
    },
    {
      name: '«Задачи» alone is the activity',
      rows: [['№', 'Задачи', 'Срок', 'Исполнитель'], ['1', 'Курсы', 'март', 'ИМЦ']],
      want: ['number', 'activity', 'timeframe', 'responsible'],
      grouping: [],
    },
    {
      name: 'plan against fact: the plan is the timeframe, the fact other',
      rows: [['№', 'Мероприятие', 'Срок (план)', 'Срок (факт)', 'Информация об исполнении'], ['1', 'Курсы', 'март', 'апрель', 'выполнено']],
      want: ['number', 'activity', 'timeframe', 'other', 'report'],
      grouping: [],
    },
  ])('$name', ({ rows, want, grouping }) => {
    const r = roles(rows);
    expect(r.roles).toEqual(want);
    expect(r.grouping).toEqual(grouping);
  });

  it('joins a header word hyphenated at a line end («Срок испол-» / «нения»)', () => {
    const h = readHeader([row(1, ['№', 'Мероприятие', 'Срок испол- / нения', 'Ответственный']), row(2, ['1', 'Курсы', 'март', 'ИМЦ'])])!;
    expect(h.columns[2]).toEqual({ header: 'Срок исполнения', role: 'timeframe' });
  });

  it('decides unknown headers from their cells, and says so', () => {
    const r = roles([
      ['№', 'Мероприятие', 'Контрольная точка', 'Участники'],
      ['1', 'Акция «Внимание, дети!»', 'сентябрь 2025 г.', 'Руководители ОО, Госавтоинспекция'],
      ['2', 'Обновление паспортов', 'до 1 августа 2025 г.', 'Руководители ОО'],
      ['3', 'Конкурс', 'май 2025 г.', 'ИМЦ'],
    ]);
    expect(r.roles).toEqual(['number', 'activity', 'timeframe', 'responsible']);
    expect(r.decided).toEqual([[2, 'timeframe'], [3, 'responsible']]);
  });

  it('gives no role from cells to a table that names nothing of a roadmap', () => {
    const r = roles([['Фамилия', 'Подпись'], ['Иванов И.И.', ''], ['Петров П.П.', '']]);
    expect(r.roles).toEqual(['other', 'other']);
    expect(r.decided).toEqual([]);
  });

  it('reads a grid of periods under a spanning «Срок исполнения» by its leaf headers', () => {
    const r = roles([
      ['№', 'Мероприятие', 'Срок исполнения', '', '', '', 'Ответственный'],
      ['', '', 'I квартал 2025 г.', 'II квартал 2025 г.', 'III квартал 2025 г.', 'IV квартал 2025 г.', ''],
      ['1', 'Пробные экзамены', 'х', '', '', '', 'ОО'],
    ]);
    expect(r.h.periodGrid).toBe(true);
    expect(r.h.timeframeColumns).toEqual([2, 3, 4, 5]);
    expect(r.h.periodLabels).toEqual({ 2: 'I квартал 2025 г.', 3: 'II квартал 2025 г.', 4: 'III квартал 2025 г.', 5: 'IV квартал 2025 г.' });
  });
});

describe('party text', () => {
  it.each([
    ['Руководители ОО', true],
    ['МОУО', true],
    ['Иванова М.П.', true],
    ['заместитель директора по УВР', true],
    ['сентябрь 2025 г.', false],
    ['Проведение конкурса юных инспекторов движения', false],
  ])('«%s» → %s', (text, want) => expect(isPartyText(text)).toBe(want));
});
