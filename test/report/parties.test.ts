// Responsible parties: spellings of one party are grouped, distinct parties are not.
import { describe, expect, it } from 'vitest';
import { documentPartyKeys, groupParties, partyKey, splitDefinition } from '../../src/report/parties.js';

describe('one party, several spellings', () => {
  it.each([
    ['Муниципальный координатор проекта', 'муниципальный координатор'],
    ['муниципальный координатор проекта «500+»', 'муниципальный координатор'],
    ['Муниципальный координатор', 'муниципальный координатор'],
    ['Куратор проекта', 'куратор'],
    ['участник проекта', 'участник'],
    ['Участник  проекта.', 'участник'],
    ['Управление образования', 'управление образования'],
    ['Учёт', 'учет'],
  ])('«%s» counts as «%s»', (name, key) => {
    expect(partyKey(name)).toBe(key);
  });
});

describe('distinct parties stay apart', () => {
  it.each([
    ['Муниципальный координатор', 'Региональный координатор'],
    ['Участник проекта', 'Участники проекта в 2021 году'],
    ['Участник проекта в 2021 году (МОУ «Желябовская школа»)', 'Участники проекта в 2021 году'],
    ['Руководитель проекта', 'Руководитель'],
    ['Региональные координаторы', 'Региональные и муниципальные координаторы'],
    ['Кураторы', 'кураторы общеобразовательных организаций'],
    ['Управление образования', 'Управление образования администрации района'],
    ['ГАУ ДПО СОИРО', 'Центр экспертизы ГАУ ДПО СОИРО'],
  ])('«%s» is not «%s»', (a, b) => {
    expect(partyKey(a)).not.toBe(partyKey(b));
  });
});

describe('short names a document defines', () => {
  it('splits «(далее – X)» off the name', () => {
    expect(splitDefinition('Департамент образования Орловской области (далее – Департамент)')).toEqual({
      name: 'Департамент образования Орловской области',
      short: 'Департамент',
    });
    expect(splitDefinition('ОИРО')).toEqual({ name: 'ОИРО', short: null });
  });

  it('the short name counts as the party it names, within that document', () => {
    const keyOf = documentPartyKeys([
      'Департамент образования Орловской области (далее – Департамент)',
      'Департамент',
      'бюджетное учреждение … «Институт развития образования» (далее - ОИРО)',
    ]);
    expect(keyOf('Департамент')).toBe('департамент образования орловской области');
    expect(keyOf('Департамент образования Орловской области')).toBe('департамент образования орловской области');
    expect(keyOf('ОИРО')).toBe(keyOf('бюджетное учреждение … «Институт развития образования» (далее - ОИРО)'));
    // another document's «Департамент» is not defined by this one
    expect(documentPartyKeys(['Департамент'])('Департамент')).toBe('департамент');
  });
});

describe('groups', () => {
  it('count each item once per party, show every spelling, and label by the commonest', () => {
    const groups = groupParties([
      { source: 'a', parties: [{ name: 'Участник проекта', key: 'участник' }, { name: 'участник проекта', key: 'участник' }] },
      { source: 'a', parties: [{ name: 'участник проекта', key: 'участник' }] },
      { source: 'b', parties: [{ name: 'участник проекта', key: 'участник' }, { name: 'ЦНППМ', key: 'цнппм' }] },
    ]);
    expect(groups).toEqual([
      {
        key: 'участник',
        label: 'Участник проекта',
        items: 3,
        names: [
          { name: 'участник проекта', items: 3 },
          { name: 'Участник проекта', items: 1 },
        ],
        bySource: { a: 2, b: 1 },
      },
      { key: 'цнппм', label: 'ЦНППМ', items: 1, names: [{ name: 'ЦНППМ', items: 1 }], bySource: { b: 1 } },
    ]);
  });

  it('a defined short name labels the group «full name (short)»', () => {
    const [g] = groupParties([
      { source: 'a', parties: [{ name: 'Департамент', key: 'д' }] },
      { source: 'a', parties: [{ name: 'Департамент образования Орловской области (далее – Департамент)', key: 'д' }] },
    ]);
    expect(g!.label).toBe('Департамент образования Орловской области (Департамент)');
  });
});
