// Text files in every encoding a Russian order turns up in, and broken ones, made at test time.
// Single-byte encoders are built by inverting Node's own decoders, so no table is written by hand.
import { readFileSync } from 'node:fs';
import { ORDERS } from '../helpers/fixtures.js';
import { noise } from './noise.js';

/** A real order exported as UTF-8 text (39 roadmap items). */
export const ORDER_ID = '000_634ec10432542fee';
export const ORDER_TXT = `${ORDERS}${ORDER_ID}.txt`;
export const orderText = () => readFileSync(ORDER_TXT, 'utf8');

export type SingleByte = 'windows-1251' | 'koi8-r' | 'ibm866';

const encoders = new Map<SingleByte, Map<string, number>>();

/** Text -> bytes in a single-byte Cyrillic code page; a character it lacks is an error, not a '?'. */
export function encodeSingleByte(text: string, encoding: SingleByte): Uint8Array {
  let table = encoders.get(encoding);
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder(encoding);
    for (let b = 0; b < 256; b++) {
      const ch = decoder.decode(Uint8Array.of(b));
      if (!table.has(ch)) table.set(ch, b);
    }
    encoders.set(encoding, table);
  }
  const out: number[] = [];
  for (const ch of text) {
    const b = table.get(ch);
    if (b === undefined) throw new Error(`${encoding} has no «${ch}» (U+${ch.codePointAt(0)!.toString(16)})`);
    out.push(b);
  }
  return Uint8Array.from(out);
}

/** Characters the DOS and KOI8 code pages lack, replaced as an export to them would. */
export function plainChars(text: string): string {
  return text.replace(/[«»“”„]/gu, '"').replace(/[–—]/gu, '-').replace(/№/gu, 'N').replace(/[\u00a0\u2009\u202f]/gu, ' ').replace(/[^\p{L}\p{N}\p{P}\p{Zs}\n\r\t+<=>|~^$`]/gu, ' ');
}

export function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}

export const utf8 = (text: string, bom: boolean) => new Uint8Array(Buffer.from((bom ? '\ufeff' : '') + text, 'utf8'));

/** Valid UTF-8 with a few damaged sequences: a lead byte without its continuation, a stray continuation byte. */
export function damagedUtf8(text: string): Uint8Array {
  const b = Buffer.from(text, 'utf8');
  const out = Buffer.from(b);
  // cut three two-byte letters in half, far apart
  for (const at of [0.2, 0.5, 0.8]) {
    let i = Math.floor(b.length * at);
    while (i < b.length && (b[i]! & 0xe0) !== 0xc0) i++;
    out[i + 1] = 0x20;
  }
  return new Uint8Array(out);
}

/** Noise with NUL bytes, as an executable or an image would be. */
export const binaryJunk = () => new Uint8Array(noise(8192, 5));

/** `bytes` bytes of text on one line: the order's words repeated without a line break. */
export function singleLine(bytes: number): Uint8Array {
  const unit = Buffer.from(orderText().replace(/\s+/gu, ' '), 'utf8');
  const out = Buffer.alloc(bytes);
  for (let at = 0; at < bytes; at += unit.length) unit.copy(out, at, 0, Math.min(unit.length, bytes - at));
  // never end inside a multi-byte character
  let end = bytes;
  while (end > 0 && (out[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && out[end - 1]! >= 0xc0) end--;
  out.fill(0x20, end);
  return new Uint8Array(out);
}

/**
 * `lines` lines of `cells` cells with text in the last one only: rows of a table that is none (fewer
 * than two cells with text), which the reader once tried again from every line (2,000 took 52 s).
 */
export function wideRows(lines: number, cells: number, separator: '\t' | ' | '): Uint8Array {
  const row = separator === '\t' ? `${'\t'.repeat(cells - 1)}x\n` : `| ${Array(cells - 1).fill(' ').join(' | ')} | x |\n`;
  return new Uint8Array(Buffer.from(row.repeat(lines), 'utf8'));
}
