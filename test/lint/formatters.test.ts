// The report formats on a fixed list of findings: stylish (colour only when asked), json, github workflow
// commands with their escapes.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/lint/finding.js';
import { escapeData, escapeProperty, github } from '../../src/lint/formatters/github.js';
import { json } from '../../src/lint/formatters/json.js';
import { messageWithItem } from '../../src/lint/formatters/place.js';
import { stylish } from '../../src/lint/formatters/stylish.js';
import type { FileResult } from '../../src/lint/lint-file.js';
import { RULES } from '../../src/lint/registry.js';

const f = (over: Partial<Finding> & { location: Finding['location'] }): Finding => ({ code: 'item-number-gap', severity: 'warning', message: 'item 3 follows item 1: 2 is missing', path: 'roadmaps[0].items[1].number', origin: 'rule', ...over });
const RESULTS: FileResult[] = [
  {
    file: 'plans/002.txt',
    kind: 'document',
    findings: [
      f({ code: 'appendix-number-mismatch', severity: 'error', message: 'Приложение cites №266-р; the act is №262-р', path: 'document.appendices[0].refNumber', location: { file: 'plans/002.txt', line: 32 } }),
      f({ location: { file: 'plans/002.txt', line: 45, item: '3', table: 1, row: 3 } }),
    ],
  },
  {
    file: 'plans/a,b:c.docx',
    kind: 'document',
    findings: [f({ code: 'result-copied', message: 'the result repeats item 2.1\'s; 100% done', location: { file: 'plans/a,b:c.docx', item: '2.2', table: 1, row: 8 } })],
  },
  { file: 'plans/old.doc', kind: null, findings: [], failure: { code: 'unsupported-format', message: 'a .doc file' } },
];
const CTX = { color: false, cwd: '/repo', version: '0.1.0', rules: RULES };

describe('stylish', () => {
  it('groups by file with places, severities, messages and codes, and counts at the end', () => {
    const out = stylish(RESULTS, CTX);
    expect(out).not.toMatch(/\u001b\[/u);
    const lines = out.split('\n');
    expect(lines[0]).toBe('plans/002.txt');
    expect(lines[1]).toMatch(/^\s+32\s+error\s+Приложение cites №266-р; the act is №262-р\s+appendix-number-mismatch$/u);
    expect(lines[2]).toMatch(/^\s+45\s+warning\s+item 3 follows item 1: 2 is missing\s+item-number-gap$/u);
    expect(out).toContain('t1 r8  warning  item 2.2: the result repeats');
    expect(lines.at(-2)).toBe('✖ 3 problems (1 error, 2 warnings, 0 info)');
  });

  it('colours only when told to', () => {
    expect(stylish(RESULTS, { ...CTX, color: true })).toMatch(/\u001b\[31merror/u);
  });

  it('prints nothing for a clean run', () => {
    expect(stylish([{ file: 'a.txt', kind: 'document', findings: [] }], CTX)).toBe('');
  });
});

describe('json', () => {
  it('one entry per file with counts, findings and failures', () => {
    const out = JSON.parse(json(RESULTS, CTX)) as Array<Record<string, unknown>>;
    expect(out.map((r) => [r.file, r.errorCount, r.warningCount, r.infoCount])).toEqual([
      ['plans/002.txt', 1, 1, 0],
      ['plans/a,b:c.docx', 0, 1, 0],
      ['plans/old.doc', 0, 0, 0],
    ]);
    expect(out[2]!.failure).toEqual({ code: 'unsupported-format', message: 'a .doc file' });
    expect((out[0]!.findings as Finding[])[1]).toMatchObject({ code: 'item-number-gap', path: 'roadmaps[0].items[1].number', location: { line: 45, item: '3' } });
  });
});

describe('github', () => {
  it('one workflow command per finding, escaped; files without lines get the table and row in the message', () => {
    expect(github(RESULTS, CTX).split('\n')).toEqual([
      '::error file=plans/002.txt,line=32,title=roadmap appendix-number-mismatch::Приложение cites №266-р; the act is №262-р',
      '::warning file=plans/002.txt,line=45,title=roadmap item-number-gap::item 3 follows item 1: 2 is missing',
      "::warning file=plans/a%2Cb%3Ac.docx,title=roadmap result-copied::item 2.2: the result repeats item 2.1's; 100%25 done (table 1, row 8)",
      '::error file=plans/old.doc,title=roadmap unsupported-format::cannot be read: a .doc file',
      '',
    ]);
  });

  it('escapes', () => {
    expect(escapeData('a%b\r\nc')).toBe('a%25b%0D%0Ac');
    expect(escapeProperty('a:b,c')).toBe('a%3Ab%2Cc');
  });
});

describe('the item in front of a message', () => {
  it.each([
    ['the item has no activity', '2.2', 'item 2.2: the item has no activity'],
    ['item 3 follows item 1: 2 is missing', '3', 'item 3 follows item 1: 2 is missing'],
    ['item 56: an empty cell was filled', '56', 'item 56: an empty cell was filled'],
    ['row 9: the tail of item 6\'s activity', '6', "row 9: the tail of item 6's activity"],
    ['item 2.10 is fine', '2.1', 'item 2.1: item 2.10 is fine'],
  ])('%s (item %s)', (message, item, out) => {
    expect(messageWithItem({ code: 'x', severity: 'info', message, path: null, origin: 'parser', location: { file: 'f', item } })).toBe(out);
  });
});
