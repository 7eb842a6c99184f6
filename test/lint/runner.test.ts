// How rule findings and the parser's diagnostics meet: one finding per thing, the rule's, placed where
// the parser saw it; settings by rule id or parser code; findings located through the one locate().
import { describe, expect, it } from 'vitest';
import { jsonPositions } from '../../src/lint/json-positions.js';
import { locate } from '../../src/lint/locate.js';
import { lintModel } from '../../src/lint/runner.js';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { item, items, model, roadmap, withItems } from './model-builder.js';

const gapModel = (diagnostics: Diagnostic[]) =>
  model({ roadmaps: [roadmap({ items: items(2, [{ at: { table: 1, row: 2, line: 44 } }, { number: '3', at: { table: 1, row: 3, line: 45 } }]) })], diagnostics });
const parserGap: Diagnostic = { code: 'item-number-gap', severity: 'warning', message: 'item 3 follows 1: 2 is missing', at: { table: 1, row: 3, item: '3', line: 45 } };
const parserAppendix: Diagnostic = { code: 'appendix-number-mismatch', severity: 'warning', message: 'Приложение refers to №266-р, the act is №262-р', at: { line: 32 } };
const codes = (fs: ReturnType<typeof lintModel>) => fs.map((f) => `${f.origin}:${f.code}@${f.location.item ?? '-'}:${f.location.line ?? '-'}`);

describe('parser diagnostics and rules', () => {
  it('a rule and the parser noticing the same gap give one finding, the rule’s', () => {
    const fs = lintModel(gapModel([parserGap]), { file: 'p.txt', kind: 'document' });
    expect(codes(fs)).toEqual(['rule:item-number-gap@3:45']);
  });

  it('the rule’s document-level finding takes the line the parser saw', () => {
    const m = model({ document: { number: '262-р', appendices: [{ label: 'Приложение', refDate: null, refNumber: '266-р', title: null }] }, diagnostics: [parserAppendix] });
    const fs = lintModel(m, { file: 'p.txt', kind: 'document' });
    expect(codes(fs)).toEqual(['rule:appendix-number-mismatch@-:32']);
    expect(fs[0]!.severity).toBe('error');
  });

  it('a parser diagnostic the rule does not confirm still passes, at the rule’s severity', () => {
    const d: Diagnostic = { code: 'timeframe-backwards', severity: 'warning', message: '«30.03 – 14.02» ends before it starts', at: { table: 1, row: 2, item: '1', line: 44 } };
    const fs = lintModel(gapModel([d]), { file: 'p.txt', kind: 'document', ruleSet: [] });
    expect(codes(fs)).toEqual(['parser:timeframe-backwards@1:44']);
    expect(fs[0]!.severity).toBe('warning');
    const withRule = lintModel(gapModel([d]), { file: 'p.txt', kind: 'document' });
    expect(withRule.filter((f) => f.code === 'timeframe-backwards').map((f) => f.severity)).toEqual(['error']);
  });

  it('turning a rule off silences the parser’s diagnostic of the same code', () => {
    expect(lintModel(gapModel([parserGap]), { file: 'p.txt', kind: 'document', rules: { 'item-number-gap': 'off' } })).toEqual([]);
  });

  it('parser codes no rule owns pass through and can be configured', () => {
    const d: Diagnostic = { code: 'row-unplaced', severity: 'warning', message: 'item 7: moved', at: { table: 1, row: 10, item: '7', line: 50 } };
    const m = model({ diagnostics: [d] });
    expect(codes(lintModel(m, { file: 'p.txt', kind: 'document' }))).toEqual(['parser:row-unplaced@7:50']);
    expect(lintModel(m, { file: 'p.txt', kind: 'document', rules: { 'row-unplaced': 'error' } })[0]!.severity).toBe('error');
    expect(lintModel(m, { file: 'p.txt', kind: 'document', rules: { 'row-unplaced': 'off' } })).toEqual([]);
  });

  it('severity changes apply to rules', () => {
    const fs = lintModel(withItems(items(1, [{ result: null }])), { file: 'p.json', kind: 'json', rules: { 'result-missing': 'error' } });
    expect(fs.map((f) => [f.code, f.severity])).toEqual([['result-missing', 'error']]);
  });

  it('the overdue rule runs only with an as-of date', () => {
    const m = withItems([item({ timeframe: { text: 'Март 2022', kind: 'range', periods: [{ start: '2022-03-01', end: '2022-03-31', precision: 'month' }], recurrence: null } })]);
    expect(lintModel(m, { file: 'p.json', kind: 'json' })).toEqual([]);
    expect(lintModel(m, { file: 'p.json', kind: 'json', asOf: '2022-04-01' }).map((f) => f.code)).toEqual(['item-overdue']);
  });
});

describe('locate: a JSON path to a place', () => {
  const m = model({ roadmaps: [roadmap({ items: [item({ number: '2.2', at: { table: 1, row: 8, page: 2, line: 46 } })], sections: [{ number: null, title: 'А' }] })] });

  it('a parsed document: the item’s table, row, page and line', () => {
    expect(locate(['roadmaps', 0, 'items', 0, 'result'], { file: 'p.txt', kind: 'document', model: m })).toEqual({ file: 'p.txt', item: '2.2', table: 1, row: 8, page: 2, line: 46 });
    expect(locate(['document', 'date'], { file: 'p.txt', kind: 'document', model: m })).toEqual({ file: 'p.txt' });
  });

  it('a model JSON: the line and column in the JSON file; the source line is not this file’s', () => {
    const text = JSON.stringify(m, null, 2);
    const positions = jsonPositions(text);
    const loc = locate(['roadmaps', 0, 'items', 0, 'result'], { file: 'p.json', kind: 'json', model: m, positions: () => positions });
    const lineText = text.split('\n')[loc.line! - 1]!;
    expect(lineText.slice(loc.column! - 1)).toMatch(/^"Проведён семинар"/u);
    expect(lineText).toMatch(/^\s*"result": /u);
    expect(loc).toMatchObject({ item: '2.2', table: 1, row: 8, page: 2 });
  });
});

describe('jsonPositions', () => {
  it('finds values by path in compact and indented JSON, past escapes and empty containers', () => {
    const text = '{"a":[1,{"b":"x\\"y","c":[]},{}],\n  "d": {"e": null, "f": "ш"}}';
    const p = jsonPositions(text);
    expect(p.get('')).toEqual({ line: 1, column: 1 });
    expect(p.get('a')).toEqual({ line: 1, column: 6 });
    expect(p.get('a[1].b')).toEqual({ line: 1, column: 14 });
    expect(p.get('a[1].c')).toEqual({ line: 1, column: 25 });
    expect(p.get('a[2]')).toEqual({ line: 1, column: 29 });
    expect(p.get('d.e')).toEqual({ line: 2, column: 14 });
    expect(p.get('d.f')).toEqual({ line: 2, column: 25 });
  });

  it('a deeply nested file does not exhaust the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(jsonPositions(deep).size).toBe(200_000);
  });
});
