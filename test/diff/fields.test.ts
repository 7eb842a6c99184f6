// Changed responsible parties, wording and other fields of matched items.
import { describe, expect, it } from 'vitest';
import { diffModels, type FieldChange, type ListChange, type TextChange } from '../../src/diff/index.js';
import { wordDiff } from '../../src/diff/word-diff.js';
import { partyKey } from '../../src/diff/parties.js';
import { S000, S003, model, roadmapOf } from './pairs.js';

function onlyEntry(a: ReturnType<typeof model>, b: ReturnType<typeof model>) {
  const items = diffModels(a, b).roadmaps[0]!.items;
  expect(items).toHaveLength(1);
  const e = items[0]!;
  if (e.change !== 'matched') throw new Error(`expected a matched item, got ${e.change}`);
  expect(e.moved).toBeNull();
  return e;
}

describe('responsible parties', () => {
  it('003 item 15: one party added, one removed — listed as such', () => {
    const a = model(S003);
    const b = model(S003);
    const item = roadmapOf(b).items[14]!;
    expect(item.responsible).toContain('ОРЦОКО');
    item.responsible = item.responsible.filter((p) => p !== 'ОРЦОКО').concat('Управление общего образования Департамента');
    const e = onlyEntry(a, b);
    expect(e.fields).toHaveLength(1);
    expect(e.fields[0]).toMatchObject({
      field: 'responsible',
      added: ['Управление общего образования Департамента'],
      removed: ['ОРЦОКО'],
    } satisfies Partial<ListChange>);
  });

  it('the same parties in another case, with ё/е, reordered or with their «(далее – …)» dropped are no change', () => {
    const a = model(S003);
    const b = model(S003);
    const items = roadmapOf(b).items;
    items[0]!.responsible = items[0]!.responsible.map((p) => p.replace(/\s*\(далее – [^)]*\)/u, '')).reverse();
    items[2]!.responsible = items[2]!.responsible.map((p) => p.toLowerCase());
    expect(diffModels(a, b).same).toBe(true);
  });

  it('partyKey folds what a reader would not call another party', () => {
    expect(partyKey('Департамент образования Орловской области (далее – Департамент)')).toBe(partyKey('департамент образования  Орловской области'));
    expect(partyKey('Муниципальный координатор проекта')).not.toBe(partyKey('Муниципальный координатор'));
  });
});

describe('wording', () => {
  it('000 item 1.3: a word replaced in the activity gives a word diff of that word only', () => {
    const a = model(S000);
    const b = model(S000);
    const item = roadmapOf(b).items[2]!;
    expect(item.activity).toBe('Изучение методических рекомендаций по реализации проекта «500+»');
    item.activity = 'Изучение федеральных методических рекомендаций по реализации проекта «500+»';
    const e = onlyEntry(a, b);
    const change = e.fields[0] as TextChange;
    expect(change.field).toBe('activity');
    expect(change.words).toEqual([
      { op: 'equal', text: 'Изучение' },
      { op: 'insert', text: ' федеральных' },
      { op: 'equal', text: ' методических рекомендаций по реализации проекта «500+»' },
    ]);
  });

  it('result and indicator changes are reported under their own names', () => {
    const a = model(S003);
    const b = model(S003);
    const item = roadmapOf(b).items[20]!;
    item.indicator = `${item.indicator} (не менее 3)`;
    const e = onlyEntry(a, b);
    expect(e.fields.map((f: FieldChange) => f.field)).toEqual(['indicator']);
  });

  it('a heavily rewritten activity that keeps its place, timeframe, parties and result is a change, not a removal and an addition', () => {
    const a = model(S003);
    const b = model(S003);
    roadmapOf(b).items[20]!.activity = 'Подготовка и рассылка в школы методических писем';
    const e = onlyEntry(a, b);
    expect(e.a.index).toBe(20);
    expect(e.b.index).toBe(20);
    expect(e.fields.map((f) => f.field)).toEqual(['activity']);
  });

  it('word diffs rebuild both texts', () => {
    const x = 'Анкетирование отобранных для участия в проекте ОО для разработки рискового профиля школы (РПШ)';
    const y = 'Организация анкетирования отобранных для участия в проекте ОО для разработки рискованных профилей школы (РПШ)';
    const ops = wordDiff(x, y);
    expect(ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('')).toBe(x);
    expect(ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('')).toBe(y);
    expect(ops.filter((o) => o.op === 'delete').map((o) => o.text.trim())).toEqual(['Анкетирование', 'рискового профиля']);
  });

  it('a lone comma between two changes joins them into one replaced phrase', () => {
    const x = '100% ОО, кураторов приняли участие';
    const y = '100% школ, учителей приняли участие';
    expect(wordDiff(x, y)).toEqual([
      { op: 'equal', text: '100%' },
      { op: 'delete', text: ' ОО, кураторов' },
      { op: 'insert', text: ' школ, учителей' },
      { op: 'equal', text: ' приняли участие' },
    ]);
  });

  it('letter case and ё are no change in a word diff', () => {
    expect(wordDiff('Учёт участия', 'учет Участия')).toEqual([{ op: 'equal', text: 'учет Участия' }]);
  });
});
