// The filters the PDF check before pdf.js undoes, on inputs whose decoding is known from the PDF
// reference and the formats' definitions, and their caps.
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFilter, OverLimit, runLengthLength } from '../../src/readers/pdf/stream-filters.js';
import { filtersOf } from '../../src/readers/pdf/stream-guard.js';

const MB = 1024 * 1024;
const text = (b: Buffer | null) => b?.toString('latin1');

describe('decodeFilter', () => {
  it('LZW: the example of the PDF reference (7.4.4.2) decodes to «-----A---B»', () => {
    expect(text(decodeFilter('LZW', Buffer.from('800b6050220c0c8501', 'hex'), MB))).toBe('-----A---B');
  });
  it('RunLength: a literal run, a repeat run and the end marker', () => {
    const data = Buffer.from([2, 0x61, 0x62, 0x63, 254, 0x78, 128, 0x7a]);
    expect(runLengthLength(data)).toBe(6);
    expect(text(decodeFilter('RunLength', data, MB))).toBe('abcxxx');
  });
  it('ASCIIHex: white space skipped, an odd last digit padded with 0, «>» ends', () => {
    expect(text(decodeFilter('ASCIIHex', Buffer.from('48 65 6c\n6c 6f 2>junk'), MB))).toBe('Hello ');
  });
  it('ASCII85: groups, «z» for four zeros, a short last group', () => {
    expect(text(decodeFilter('ASCII85', Buffer.from('<~9jqo^z@/~>'), MB))).toBe('Man \0\0\0\0' + 'a');
  });
  it('Flate', () => {
    expect(text(decodeFilter('Flate', deflateSync(Buffer.from('q 1 0 0 1 0 0 cm Q')), MB))).toBe('q 1 0 0 1 0 0 cm Q');
  });
  it.each([
    ['Flate', deflateSync(Buffer.alloc(2 * MB))],
    ['RunLength', Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 0 : 129)))],
    ['ASCII85', Buffer.from('z'.repeat(300_000))],
  ] as const)('%s past the cap throws OverLimit', (kind, data) => {
    expect(() => decodeFilter(kind, data, MB)).toThrow(OverLimit);
  });
});

describe('filtersOf reads /Filter as pdf.js does', () => {
  const file = Buffer.from('7 0 obj\n[/AHx %note\n/Fl#61teDecode]\nendobj\n', 'latin1');
  it.each([
    ['<< /Filter /FlateDecode /Length 5 >>', ['FlateDecode']],
    ['<</Filter[/FlateDecode/RunLengthDecode]>>', ['FlateDecode', 'RunLengthDecode']],
    ['<< /DecodeParms << /Filter /None >> /Filter /Fl >>', ['Fl']],
    ['<< /Filter /ASCIIHexDecode /Filter /FlateDecode >>', ['FlateDecode']],
    ['<< /Title (a /Filter /X) /Filter %comment\n/LZWDecode >>', ['LZWDecode']],
    ['<< /Filter 7 0 R >>', ['AHx', 'FlateDecode']],
    ['<< /Length 5 >>', []],
  ])('%s', (dict, expected) => {
    expect(filtersOf(dict, file)).toEqual(expected);
  });
});
