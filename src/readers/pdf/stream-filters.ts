// The filters of a PDF stream, undone with a cap on what each may produce, for the check before pdf.js:
// every decoding filter of a chain is bounded, since any of them can expand its input (Flate and LZW a
// thousandfold, RunLength 64-fold, ASCII85's «z» fourfold). Image codecs (DCT, JPX, CCITT, JBIG2) and
// crypt filters are not undone here: what they give is pixels or ciphertext, not content to count.
import { constants, inflateSync } from 'node:zlib';

/** What pdf.js knows a filter as, abbreviations of inline images included. */
const CANONICAL: Record<string, string> = {
  FlateDecode: 'Flate',
  Fl: 'Flate',
  LZWDecode: 'LZW',
  LZW: 'LZW',
  RunLengthDecode: 'RunLength',
  RL: 'RunLength',
  ASCIIHexDecode: 'ASCIIHex',
  AHx: 'ASCIIHex',
  ASCII85Decode: 'ASCII85',
  A85: 'ASCII85',
};

export type Filter = 'Flate' | 'LZW' | 'RunLength' | 'ASCIIHex' | 'ASCII85' | 'other';

export const filterKind = (name: string): Filter => (CANONICAL[name] as Filter | undefined) ?? 'other';

/** Past the cap: the stream decodes to more than the limit. */
export class OverLimit extends Error {}

/**
 * One filter undone, its output capped at `limit` bytes (OverLimit past it); null when the data does not
 * decode (damaged, or not that filter after all): pdf.js will say what it makes of it.
 */
export function decodeFilter(kind: Exclude<Filter, 'other'>, data: Buffer, limit: number, earlyChange = 1): Buffer | null {
  switch (kind) {
    case 'Flate':
      try {
        // a stream cut short still gives what it has, as pdf.js would read it
        return inflateSync(data, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH });
      } catch (e) {
        if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new OverLimit();
        return null;
      }
    case 'LZW':
      return lzwDecode(data, earlyChange, limit);
    case 'RunLength':
      return runLengthDecode(data, limit);
    case 'ASCIIHex':
      return asciiHexDecode(data);
    case 'ASCII85':
      return ascii85Decode(data, limit);
  }
}

/** Length bytes 0–127 copy the next n+1 bytes, 129–255 repeat the next byte 257−n times, 128 ends. */
export function runLengthLength(d: Uint8Array): number {
  let total = 0;
  for (let i = 0; i < d.length; ) {
    const n = d[i]!;
    if (n === 128) break;
    if (n < 128) {
      total += Math.min(n + 1, d.length - i - 1);
      i += n + 2;
    } else {
      if (i + 1 >= d.length) break;
      total += 257 - n;
      i += 2;
    }
  }
  return total;
}

function runLengthDecode(d: Uint8Array, limit: number): Buffer {
  const length = runLengthLength(d);
  if (length > limit) throw new OverLimit();
  const out = Buffer.alloc(length);
  let o = 0;
  for (let i = 0; i < d.length && o < length; ) {
    const n = d[i]!;
    if (n === 128) break;
    if (n < 128) {
      const end = Math.min(i + 2 + n, d.length);
      out.set(d.subarray(i + 1, end), o);
      o += end - i - 1;
      i += n + 2;
    } else {
      out.fill(d[i + 1]!, o, o + 257 - n);
      o += 257 - n;
      i += 2;
    }
  }
  return out;
}

/** Half its input at most: no cap needed. */
function asciiHexDecode(d: Uint8Array): Buffer {
  const digits = Buffer.from(d).toString('latin1').split('>')[0]!.replace(/[^0-9a-fA-F]/gu, '');
  return Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex');
}

function ascii85Decode(d: Uint8Array, limit: number): Buffer | null {
  const text = Buffer.from(d).toString('latin1');
  const end = text.indexOf('~>');
  const body = (end === -1 ? text : text.slice(0, end)).replace(/^<~/u, '').replace(/[\s\0]/gu, '');
  // «z» is four zero bytes from one character: the only way ASCII85 grows
  let size = 0;
  for (let i = 0, group = 0; i < body.length; i++) {
    if (body[i] === 'z' && group === 0) size += 4;
    else if (++group === 5) (size += 4), (group = 0);
  }
  if (size > limit) throw new OverLimit();
  const out = Buffer.alloc(size + 4);
  let o = 0;
  let group: number[] = [];
  for (const ch of body) {
    if (ch === 'z' && group.length === 0) {
      o += 4;
      continue;
    }
    const v = ch.charCodeAt(0) - 33;
    if (v < 0 || v > 84) return null;
    group.push(v);
    if (group.length === 5) {
      o = put85(out, o, group, 4);
      group = [];
    }
  }
  if (group.length > 1) {
    const n = group.length - 1;
    while (group.length < 5) group.push(84);
    o = put85(out, o, group, n);
  }
  return out.subarray(0, o);
}

function put85(out: Buffer, o: number, g: number[], bytes: number): number {
  let v = 0;
  for (const x of g) v = v * 85 + x;
  for (let k = 0; k < bytes; k++) out[o + k] = Math.floor(v / 256 ** (3 - k)) & 0xff;
  return o + bytes;
}

/** LZW as pdf.js decodes it (9- to 12-bit codes, clear 256, end 257), into at most `limit` bytes. */
function lzwDecode(d: Uint8Array, earlyChange: number, limit: number): Buffer {
  const length = lzwLength(d, earlyChange, limit);
  if (length > limit) throw new OverLimit();
  const out = Buffer.alloc(length);
  // each table entry: where its bytes start in the output, and how many
  const starts = new Int32Array(4096);
  const lens = new Int32Array(4096);
  let next = 258;
  let width = 9;
  let prevStart = -1;
  let prevLen = 0;
  let o = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; o < length; ) {
    while (bits < width && i < d.length) {
      acc = ((acc << 8) | d[i++]!) & 0xffffff;
      bits += 8;
    }
    if (bits < width) break;
    const code = (acc >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 256) {
      next = 258;
      width = 9;
      prevStart = -1;
      continue;
    }
    if (code === 257) break;
    const start = o;
    if (code < 256) out[o++] = code;
    else if (code < next) {
      out.copyWithin(o, starts[code]!, starts[code]! + lens[code]!);
      o += lens[code]!;
    } else if (code === next && prevStart >= 0) {
      out.copyWithin(o, prevStart, prevStart + prevLen);
      out[o + prevLen] = out[prevStart]!;
      o += prevLen + 1;
    } else break;
    if (prevStart >= 0 && next < 4096) {
      // the new entry is the previous string and the first byte of this one: in the output, it is the
      // previous string's bytes followed directly by this one's
      starts[next] = prevStart;
      lens[next] = prevLen + 1;
      next++;
    }
    prevStart = start;
    prevLen = o - start;
    const n = next + earlyChange;
    width = n >= 2048 ? 12 : n >= 1024 ? 11 : n >= 512 ? 10 : 9;
  }
  return out.subarray(0, o);
}

/**
 * The decoded length of LZW data, as pdf.js would decode it, from the lengths of the table's entries
 * alone; stops counting past `limit`.
 */
export function lzwLength(d: Uint8Array, earlyChange: number, limit: number): number {
  const lengths = new Uint16Array(4096).fill(1, 0, 256);
  let next = 258;
  let width = 9;
  let prev = 0;
  let total = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; ; ) {
    while (bits < width && i < d.length) {
      acc = ((acc << 8) | d[i++]!) & 0xffffff;
      bits += 8;
    }
    if (bits < width) return total;
    const code = (acc >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 256) {
      next = 258;
      width = 9;
      prev = 0;
      continue;
    }
    if (code === 257) return total;
    let len: number;
    if (code < 256) len = 1;
    else if (code < next) len = lengths[code]!;
    else if (code === next && prev > 0) len = prev + 1;
    else return total; // a code not in the table: pdf.js stops there too
    total += len;
    if (total > limit) return total;
    if (prev > 0 && next < 4096) lengths[next++] = Math.min(prev + 1, 0xffff);
    prev = len;
    const n = next + earlyChange;
    width = n >= 2048 ? 12 : n >= 1024 ? 11 : n >= 512 ? 10 : 9;
  }
}
