// Checks a .docx archive before mammoth (jszip) sees it: jszip inflates entries with no size cap, so
// a small zip bomb would cost gigabytes. Reads the central directory, inflates every XML part with
// zlib's maxOutputLength, and refuses lying sizes, bombs, deep nesting and DTDs. The parts it inflated
// are handed on, so that mammoth reads them instead of inflating the archive a second time.
import { inflateRawSync } from 'node:zlib';
import { RoadmapError } from '../../errors.js';
import type { Limits } from '../limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** More entries than any real .docx has (they have tens). */
const MAX_ENTRIES = 10_000;
/** Small parts may compress very well without harm; the ratio limit applies above this size. */
const RATIO_FLOOR = 1024 * 1024;

export interface CheckedArchive {
  entries: ZipEntry[];
  /** The XML parts (.xml, .rels), inflated and checked. */
  xml: Map<string, Buffer>;
}

export function checkDocxArchive(bytes: Uint8Array, limits: Limits): CheckedArchive {
  const entries = readCentralDirectory(bytes);
  const xml = new Map<string, Buffer>();
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    throw new RoadmapError('corrupt', 'the archive has no word/document.xml: not a Word document');
  }
  let total = 0;
  let elements = 0;
  for (const e of entries) {
    if (e.size > limits.maxDocxEntryBytes) {
      throw tooLarge(`the part ${e.name} declares ${e.size} bytes`, limits);
    }
    if (!/\.(?:xml|rels)$/i.test(e.name)) continue;
    // XML parts are what mammoth parses: inflate them for real, with a cap
    const data = inflateEntry(bytes, e, limits);
    xml.set(e.name, data);
    total += data.length;
    if (total > 2 * limits.maxDocxEntryBytes) throw tooLarge('the XML parts together inflate to more than twice the part limit', limits);
    if (data.length !== e.size) {
      throw new RoadmapError('corrupt', `the part ${e.name} inflates to ${data.length} bytes but declares ${e.size}`);
    }
    if (data.length > RATIO_FLOOR && data.length > limits.maxInflateRatio * Math.max(1, e.compressedSize)) {
      throw new RoadmapError(
        'too-large',
        `the part ${e.name} inflates ${Math.round(data.length / Math.max(1, e.compressedSize))} times (maxInflateRatio is ${limits.maxInflateRatio}; raise it with --max-inflate-ratio)`,
      );
    }
    elements += checkXml(e.name, data, limits);
    if (elements > limits.maxDocxElements) {
      throw new RoadmapError(
        'too-large',
        `the document has more than ${limits.maxDocxElements} XML elements (maxDocxElements; raise it with --max-docx-elements, and --max-memory with it)`,
      );
    }
  }
  return { entries, xml };
}

function tooLarge(what: string, limits: Limits): RoadmapError {
  return new RoadmapError(
    'too-large',
    `${what}, over the limit of ${limits.maxDocxEntryBytes} (maxDocxEntryBytes; raise it with --max-docx-entry-size)`,
  );
}

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 2 ** 32;
}

function corrupt(why: string): RoadmapError {
  return new RoadmapError('corrupt', `the .docx archive is damaged: ${why}`);
}

export function readCentralDirectory(b: Uint8Array): ZipEntry[] {
  // the end-of-central-directory record sits in the last 22 + 65535 bytes
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory (truncated?)');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // ZIP64: the locator just before the record points at the real one
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw corrupt('a ZIP64 archive without its locator');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw corrupt('a ZIP64 record out of place');
    count = u64(b, z + 32);
    cdSize = u64(b, z + 40);
    cdOffset = u64(b, z + 48);
  }
  if (count > MAX_ENTRIES) throw new RoadmapError('too-large', `the archive has ${count} entries, over the fixed limit of ${MAX_ENTRIES}; a Word document has tens`);
  if (cdOffset + cdSize > b.length) throw corrupt('the central directory lies outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  const decoder = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50) throw corrupt('a broken central directory entry');
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen > b.length) throw corrupt('a central directory entry runs past the end');
    const name = decoder.decode(b.subarray(p + 46, p + 46 + nameLen));
    // ZIP64 extra field: the 0xffffffff fields come from it, in order
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(b, x);
      const len = u16(b, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff && q + 8 <= x + 4 + len) {
          size = u64(b, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
          compressedSize = u64(b, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) localOffset = u64(b, q);
      }
      x += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function inflateEntry(b: Uint8Array, e: ZipEntry, limits: Limits): Buffer {
  const h = e.localOffset;
  if (h + 30 > b.length || u32(b, h) !== 0x04034b50) throw corrupt(`the local header of ${e.name} is missing`);
  const start = h + 30 + u16(b, h + 26) + u16(b, h + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw corrupt(`the data of ${e.name} runs past the end (truncated?)`);
  const raw = b.subarray(start, end);
  if (e.method === 0) return Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  if (e.method !== 8) throw corrupt(`${e.name} uses compression method ${e.method}`);
  try {
    return inflateRawSync(raw, { maxOutputLength: limits.maxDocxEntryBytes });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw tooLarge(`the part ${e.name} inflates to more bytes than allowed`, limits);
    }
    throw corrupt(`${e.name} does not inflate (${(err as Error).message})`);
  }
}

/**
 * Word never writes a DTD, and mammoth's XML parser would recurse once per nesting level: refuse
 * both here. The depth count is a byte scan (XML forbids '<' inside attribute values). Returns the
 * number of elements, which is what mammoth's time and memory grow with.
 */
function checkXml(name: string, data: Uint8Array, limits: Limits): number {
  let count = 0;
  let depth = 0;
  let max = 0;
  let inTag = false;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const c = data[i]!;
    if (c === 0x3c) {
      const next = data[i + 1];
      if (next === 0x2f) {
        depth--;
      } else if (next === 0x21) {
        // <!-- …, <![CDATA[ … or <!DOCTYPE
        if (data[i + 2] === 0x44 || data[i + 2] === 0x64) {
          throw new RoadmapError('corrupt', `the part ${name} declares a DTD, which Word never writes: refused`);
        }
      } else if (next !== 0x3f) {
        depth++;
        count++;
        inTag = true;
        if (depth > max) {
          max = depth;
          if (max > limits.maxXmlDepth) {
            throw new RoadmapError(
              'too-large',
              `the part ${name} nests elements deeper than ${limits.maxXmlDepth} levels (maxXmlDepth; raise it with --max-xml-depth)`,
            );
          }
        }
      }
    } else if (c === 0x3e) {
      if (inTag && data[i - 1] === 0x2f) depth--;
      inTag = false;
    }
  }
  return count;
}
