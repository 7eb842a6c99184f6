// A plan against its report: the planned items with no report entry (absent from the report, or an
// empty mark) and those the report says were not done are listed; nothing else about the report column.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/api.js';
import { diffModels } from '../../src/diff/index.js';
import { S002, S003, editedTxt, model, roadmapOf, sourceText } from './pairs.js';

describe('plan vs report', () => {
  // 002 as a report: a column «Отметка о выполнении»; item 5 left blank, item 9 not done, item 17 dropped
  const report = editedTxt(S002, (lines) =>
    lines.flatMap((line) => {
      if (line.startsWith('№ п/п\t')) return [`${line}\tОтметка о выполнении`];
      const n = /^(\d+)\.\t/u.exec(line)?.[1];
      if (n === undefined) return [line];
      if (n === '17') return [];
      if (n === '5') return [`${line}\t`];
      if (n === '9') return [`${line}\tНе выполнено: вебинары ФИОКО перенесены`];
      return [`${line}\tВыполнено`];
    }),
  );
  const plan = parseText(sourceText(S002), { file: `${S002}.txt` });

  it('lists what was planned and has no report entry, or is reported not done', () => {
    const d = diffModels(plan, report);
    const check = d.roadmaps[0]!.report!;
    expect(check).toMatchObject({ reportSide: 'b', column: 'Отметка о выполнении', planned: 28 });
    expect(check.gaps.map((g) => [g.plan.number, g.reason, g.text])).toEqual([
      ['5', 'empty', null],
      ['9', 'not_done', 'Не выполнено: вебинары ФИОКО перенесены'],
      ['17', 'absent', null],
    ]);
    // 28 planned: 17 missing, 5 blank → 26 reported; 9 not done → 25 done
    expect(check.reported).toBe(26);
    expect(check.done).toBe(25);
  });

  it('does not report the report cells as field changes; the dropped row is the one removal', () => {
    const r = diffModels(plan, report).roadmaps[0]!;
    expect(r.items.map((e) => [e.change, e.change === 'removed' ? e.a.number : null])).toEqual([['removed', '17']]);
    expect(r.columns.added).toEqual([{ header: 'Отметка о выполнении', role: 'report' }]);
  });

  it('works the other way round (the report given first)', () => {
    const check = diffModels(report, plan).roadmaps[0]!.report!;
    expect(check.reportSide).toBe('a');
    expect(check.gaps.map((g) => g.plan.number)).toEqual(['5', '9', '17']);
  });

  it('--only report: different while there are gaps, the same once every item is reported done', () => {
    expect(diffModels(plan, report, { only: ['report'] }).same).toBe(false);
    const a = model(S003);
    const b = model(S003);
    const rb = roadmapOf(b);
    rb.columns.push({ header: 'Отчетная информация', role: 'report' });
    rb.items.forEach((i) => (i.report = 'Выполнено'));
    const d = diffModels(a, b, { only: ['report'] });
    expect(d.roadmaps[0]!.report).toMatchObject({ planned: 32, reported: 32, done: 32, gaps: [] });
    expect(d.same).toBe(true);
    // looked at whole, the added column is a difference
    expect(diffModels(a, b).same).toBe(false);
  });

  it('two reports are compared field by field, the report cell included', () => {
    const a = model(S003);
    a.roadmaps[0]!.columns.push({ header: 'Отчетная информация', role: 'report' });
    a.roadmaps[0]!.items.forEach((i) => (i.report = 'Выполнено'));
    const b = structuredClone(a);
    b.roadmaps[0]!.items[3]!.report = 'Не выполнено';
    const r = diffModels(a, b).roadmaps[0]!;
    expect(r.report).toBeNull();
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ change: 'matched', fields: [{ field: 'report', a: 'Выполнено', b: 'Не выполнено' }] });
  });
});
