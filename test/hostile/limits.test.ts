// Every limit has a default and a flag: `parse --help` lists them with the library's defaults, and a
// document just over a lowered limit fails with a message naming the limit and the real flag that
// raises it, while the same document reads under the default.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Limits } from '../../src/readers/limits.js';
import { parseSize } from '../../src/cli/size-option.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';
import { docx, p } from '../readers/zip-builder.js';
import { manyParagraphsDocx } from './hostile-docx.js';
import { tmp } from './fixture-dir.js';
import { run } from './run-cli.js';

const help = run(['parse', '--help']).stdout.replace(/\s+/gu, ' ');

/** Each document limit: its flag, the default the help shows, how that reads as a number. */
const FLAGS: Array<[keyof Limits, string, string, (v: string) => number]> = [
  ['maxFileBytes', '--max-file-size <size>', '100M', parseSize],
  ['maxPdfPages', '--max-pdf-pages <n>', '1000', Number],
  ['maxPdfStreamBytes', '--max-pdf-stream-size <size>', '200M', parseSize],
  ['maxDocxEntryBytes', '--max-docx-entry-size <size>', '200M', parseSize],
  ['maxInflateRatio', '--max-inflate-ratio <n>', '200', Number],
  ['maxDocxElements', '--max-docx-elements <n>', '1000000', Number],
  ['maxXmlDepth', '--max-xml-depth <n>', '500', Number],
  ['maxLineLength', '--max-line-length <n>', '1000000', Number],
  ['maxPdfImagePixels', '--max-pdf-image-pixels <n>', '100000000', Number],
  ['maxPdfFormVisits', '--max-pdf-form-visits <n>', '10000', Number],
];

describe('parse --help', () => {
  it('lists every document limit with the default the library uses', () => {
    expect(FLAGS.map((f) => f[0]).sort()).toEqual(Object.keys(DEFAULT_LIMITS).sort());
    for (const [name, flag, shown, read] of FLAGS) {
      expect(help).toMatch(new RegExp(`${flag.replace(/[<>]/gu, '.')} [^-]*\\(default: "${shown}"\\)`, 'u'));
      expect(read(shown), name).toBe(DEFAULT_LIMITS[name]);
    }
  });

  it('lists the process limits too: time per document and worker memory', () => {
    expect(help).toContain('--timeout <seconds> time limit per document (default: "60")');
    expect(help).toContain('--max-memory <MB> memory limit of each worker process (default: "1024")');
  });

  it.each([
    ['--max-pdf-pages', '0'],
    ['--max-file-size', '12Q'],
    ['--max-docx-elements', 'many'],
    ['--max-line-length', '-5'],
    ['--timeout', 'soon'],
    ['--timeout', '-Infinity'],
    ['--timeout', ''],
  ])('%s %s is a usage error (exit 2), one line', (flag, value) => {
    const r = run(['parse', `${ORDERS}002_cfd02bc2b9fd3aef.txt`, flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('a --timeout past what the timers take', () => {
  it.each(['3000000', '1e12', 'Infinity'])('--timeout %s is held at their longest: documents are read, not failed at once', (value) => {
    const r = run(['parse', `${ORDERS}002_cfd02bc2b9fd3aef.pdf`, '--timeout', value]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('a batch too', () => {
    const out = join(tmp(), 'o');
    const r = run(['parse', `${ORDERS}002_cfd02bc2b9fd3aef.pdf`, `${ORDERS}003_77b42d29d9c320cf.docx`, '--out-dir', out, '--timeout', 'Infinity', '--quiet']);
    expect([r.code, r.stderr]).toEqual([0, '']);
  });
});

describe('a document over a lowered limit names the limit and its flag', () => {
  const dir = tmp();
  const ratioDocx = join(dir, 'ratio.docx');
  // a 2 MB part of styles with numbered names: it deflates some ten times, over a ratio of 3, under 200
  let seed = 1;
  const styles = Array.from({ length: 70_000 }, () => `<w:style w:styleId="s${(seed = (seed * 48271) % 2147483647) % 1_000_000}"/>`).join('');
  writeFileSync(ratioDocx, docx(p('Приказ'), [{ name: 'word/styles.xml', data: `<w:styles xmlns:w="x">${styles}</w:styles>` }]));
  const bigDocx = join(dir, 'big.docx');
  writeFileSync(bigDocx, manyParagraphsDocx(20_000));

  const CASES: Array<[string, string, string, string, string]> = [
    // flag, value, input, code, what the message names
    ['--max-file-size', '4K', `${ORDERS}002_cfd02bc2b9fd3aef.txt`, 'too-large', '(maxFileBytes; raise it with --max-file-size)'],
    ['--max-file-size', '4K', `${ORDERS}002_cfd02bc2b9fd3aef.pdf`, 'too-large', '(maxFileBytes; raise it with --max-file-size)'],
    ['--max-pdf-pages', '2', `${FIXTURES}variants/long-table.pdf`, 'too-large', '(maxPdfPages; raise it with --max-pdf-pages)'],
    ['--max-pdf-stream-size', '1K', `${ORDERS}002_cfd02bc2b9fd3aef.pdf`, 'too-large', '(maxPdfStreamBytes; raise it with --max-pdf-stream-size)'],
    ['--max-docx-entry-size', '16K', `${ORDERS}003_77b42d29d9c320cf.docx`, 'too-large', '(maxDocxEntryBytes; raise it with --max-docx-entry-size)'],
    ['--max-inflate-ratio', '3', ratioDocx, 'too-large', '(maxInflateRatio is 3; raise it with --max-inflate-ratio)'],
    ['--max-docx-elements', '1000', `${ORDERS}003_77b42d29d9c320cf.docx`, 'too-large', '(maxDocxElements; raise it with --max-docx-elements'],
    ['--max-xml-depth', '5', `${ORDERS}003_77b42d29d9c320cf.docx`, 'too-large', '(maxXmlDepth; raise it with --max-xml-depth)'],
    ['--max-line-length', '40', `${ORDERS}002_cfd02bc2b9fd3aef.txt`, 'too-large', '(maxLineLength; raise it with --max-line-length)'],
    ['--timeout', '0.001', `${ORDERS}002_cfd02bc2b9fd3aef.pdf`, 'timeout', '(raise it with --timeout)'],
    ['--max-memory', '64', bigDocx, 'too-large', '(raise it with --max-memory)'],
  ];

  it.each(CASES)('%s %s: %s fails, and reads under the default', (flag, value, input, code, names) => {
    const over = run(['parse', input, flag, value]);
    expect(over.code).toBe(7);
    expect(over.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(over.stderr).toContain(names);
    expect(over.stderr.trimEnd()).toMatch(new RegExp(`\\[${code}\\]$`, 'u'));
    // the flag named is one `parse` has
    const named = /raise it with (--[a-z-]+)/u.exec(over.stderr)![1]!;
    expect(help).toContain(`${named} <`);
    const under = run(['parse', input]);
    expect(under.code, under.stderr).toBe(0);
  });
});
