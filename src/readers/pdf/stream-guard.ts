// Checks a PDF's streams before pdf.js sees it. pdf.js inflates FlateDecode (and LZW) data in
// JavaScript with no size cap (a 1 MB stream of zeros cost it 6 s and a gigabyte), and its
// graphics-state stack makes each `q` cost time in proportion to the nesting (100,000 nested `q` took
// minutes; the PDF reference's own implementation limit is 28). So every Flate stream is inflated here
// with zlib's maxOutputLength, LZW streams have their decoded length counted, and content streams have
// their `q` nesting counted. Streams this scan cannot decode (encrypted ones, other filters) are left to
// pdf.js, under the worker's time and memory limits.
import { inflateSync, constants } from 'node:zlib';
import { RoadmapError } from '../../errors.js';
import type { Limits } from '../limits.js';

/** How far back from `stream` the object's dictionary is looked for. */
const DICT_WINDOW = 64 * 1024;

export function checkPdfStreams(bytes: Uint8Array, limits: Limits): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // an encrypted file's streams are ciphertext until pdf.js decrypts them
  if (b.includes('/Encrypt')) return;
  for (let at = b.indexOf('stream'); at !== -1; at = b.indexOf('stream', at + 6)) {
    if (at >= 3 && b.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    else if (b[start - 1] !== 0x0d) continue; // «stream» inside a name or a string, not the keyword
    const objAt = b.lastIndexOf(' obj', at);
    if (objAt === -1 || at - objAt > DICT_WINDOW) continue;
    const dict = b.toString('latin1', objAt + 4, at);
    const length = /\/Length\s+(\d+)(?!\d|\s+\d+\s+R)/u.exec(dict);
    let end = length ? start + Number(length[1]) : -1;
    if (end === -1 || end > b.length) end = b.indexOf('endstream', start);
    if (end === -1) end = b.length;
    checkStream(b.subarray(start, end), dict, limits);
    at = Math.max(at, end - 6);
  }
}

function checkStream(raw: Buffer, dict: string, limits: Limits): void {
  const filters = filtersOf(dict);
  let data: Buffer | null = raw;
  let k = 0;
  for (; k < filters.length && data; k++) {
    const f = filters[k];
    if (f === 'FlateDecode' || f === 'Fl') data = inflate(data, limits);
    else if (f === 'LZWDecode' || f === 'LZW') {
      // LZW expands as far as Flate; its length is counted without decoding
      if (lzwLength(data, /\/EarlyChange\s+0\b/u.test(dict) ? 0 : 1, limits.maxPdfStreamBytes) > limits.maxPdfStreamBytes) throw streamTooLarge(limits);
      return;
    } else break;
  }
  // a filter this scan does not undo (DCT, ASCII85 …): its output is not content to count
  if (!data || k < filters.length || !isContent(dict)) return;
  const depth = graphicsNesting(data, limits.maxXmlDepth);
  if (depth > limits.maxXmlDepth) {
    throw new RoadmapError(
      'too-large',
      `a page's content saves the graphics state (q) more than ${limits.maxXmlDepth} levels deep (maxXmlDepth; raise it with --max-xml-depth)`,
    );
  }
}

function filtersOf(dict: string): string[] {
  const m = /\/Filter\s*(?:\/([A-Za-z0-9]+)|\[([^\]]*)\])/u.exec(dict);
  if (!m) return [];
  if (m[1]) return [m[1]];
  return [...m[2]!.matchAll(/\/([A-Za-z0-9]+)/gu)].map((x) => x[1]!);
}

/** Null when the data does not inflate (damaged, or not Flate after all): pdf.js will say what it makes of it. */
function inflate(data: Buffer, limits: Limits): Buffer | null {
  try {
    // a stream cut short still gives what it has, as pdf.js would read it
    return inflateSync(data, { maxOutputLength: limits.maxPdfStreamBytes, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    if (e instanceof RangeError || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw streamTooLarge(limits);
    return null;
  }
}

function streamTooLarge(limits: Limits): RoadmapError {
  return new RoadmapError(
    'too-large',
    `a stream of the PDF inflates to more than ${limits.maxPdfStreamBytes} bytes (maxPdfStreamBytes; raise it with --max-pdf-stream-size)`,
  );
}

/**
 * The decoded length of LZW data, as pdf.js would decode it (9- to 12-bit codes, a clear code of 256,
 * an end of 257), from the lengths of the table's entries alone; stops counting past `limit`.
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

/** Page contents and form XObjects; not images, fonts, metadata, object or xref streams. */
function isContent(dict: string): boolean {
  if (/\/Length[123]\b|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)\b/u.test(dict)) return false;
  const subtype = /\/Subtype\s*\/([A-Za-z0-9]+)/u.exec(dict)?.[1];
  return subtype === undefined || subtype === 'Form';
}

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/** The deepest `q` nesting of a content stream; stops counting once past `limit`. */
export function graphicsNesting(d: Uint8Array, limit: number): number {
  let depth = 0;
  let max = 0;
  const n = d.length;
  let i = 0;
  while (i < n) {
    const c = d[i]!;
    if (WHITE.has(c)) {
      i++;
    } else if (c === 0x25) {
      // a comment, to the end of the line
      while (i < n && d[i] !== 0x0a && d[i] !== 0x0d) i++;
    } else if (c === 0x28) {
      // a literal string: balanced parentheses, backslash escapes
      let level = 1;
      i++;
      while (i < n && level > 0) {
        const s = d[i]!;
        if (s === 0x5c) i++;
        else if (s === 0x28) level++;
        else if (s === 0x29) level--;
        i++;
      }
    } else if (c === 0x3c && d[i + 1] !== 0x3c) {
      const close = d.indexOf(0x3e, i);
      i = close === -1 ? n : close + 1;
    } else if (DELIM.has(c)) {
      i++;
      if (c === 0x2f) while (i < n && !WHITE.has(d[i]!) && !DELIM.has(d[i]!)) i++;
    } else {
      const from = i;
      while (i < n && !WHITE.has(d[i]!) && !DELIM.has(d[i]!)) i++;
      const len = i - from;
      if (len === 1 && c === 0x71) {
        if (++depth > max && (max = depth) > limit) return max;
      } else if (len === 1 && c === 0x51) {
        if (depth > 0) depth--;
      } else if (len === 2 && c === 0x49 && d[from + 1] === 0x44) {
        // inline image data (after ID) runs to «EI» between white space
        i = inlineImageEnd(d, i);
      }
    }
  }
  return max;
}

function inlineImageEnd(d: Uint8Array, from: number): number {
  for (let i = from + 1; i + 1 < d.length; i++) {
    if (d[i] === 0x45 && d[i + 1] === 0x49 && WHITE.has(d[i - 1]!) && (i + 2 >= d.length || WHITE.has(d[i + 2]!))) return i + 2;
  }
  return d.length;
}
