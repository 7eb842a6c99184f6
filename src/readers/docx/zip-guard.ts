// Checks a .docx archive before mammoth reads it: its zip library (jszip) inflates entries with no size cap, so
// a small zip bomb would cost gigabytes. The archive is read as jszip reads it (the end record found from
// the end, bytes prepended to the archive allowed for, every central-directory record that follows,
// whatever the count says, names from the local headers), every entry is inflated with zlib's
// maxOutputLength, and lying sizes, bombs, deep nesting and DTDs are refused in any part that holds XML,
// whatever its name — the main part is the one _rels/.rels names, as mammoth finds it. The XML parts it
// inflated are handed on (checked-parts.ts), so that mammoth reads them instead of inflating the archive
// a second time; the entries mammoth reads are the ones listed here.
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
  /** The XML parts (.xml, .rels, and any part that reads as XML), inflated and checked. */
  xml: Map<string, Buffer>;
}

export function checkDocxArchive(bytes: Uint8Array, limits: Limits): CheckedArchive {
  const entries = readCentralDirectory(bytes);
  const xml = new Map<string, Buffer>();
  let total = 0;
  let elements = 0;
  /** The package relationships (the last entry of that name, as jszip keeps it). */
  let rels: Buffer | undefined;
  for (const e of entries) {
    if (e.size > limits.maxDocxEntryBytes) {
      throw tooLarge(`the part ${e.name} declares ${e.size} bytes`, limits);
    }
    // every entry, not only *.xml: the relationships may name any part as the document
    const data = inflateEntry(bytes, e, limits);
    total += data.length;
    if (total > 2 * limits.maxDocxEntryBytes) throw tooLarge('the parts together inflate to more than twice the part limit', limits);
    if (data.length !== e.size) {
      throw new RoadmapError('corrupt', `the part ${e.name} inflates to ${data.length} bytes but declares ${e.size}`);
    }
    if (data.length > RATIO_FLOOR && data.length > limits.maxInflateRatio * Math.max(1, e.compressedSize)) {
      throw new RoadmapError(
        'too-large',
        `the part ${e.name} inflates ${Math.round(data.length / Math.max(1, e.compressedSize))} times (maxInflateRatio is ${limits.maxInflateRatio}; raise it with --max-inflate-ratio)`,
      );
    }
    if (!isXml(e.name, data)) continue;
    xml.set(e.name, data);
    if (e.name === '_rels/.rels') rels = data;
    elements += checkXml(e.name, data, limits);
    if (elements > limits.maxDocxElements) {
      throw new RoadmapError(
        'too-large',
        `the document has more than ${limits.maxDocxElements} XML elements (maxDocxElements; raise it with --max-docx-elements, and --max-memory with it)`,
      );
    }
  }
  const main = mainPart(rels, new Set(entries.map((e) => e.name)));
  if (main === null) {
    throw new RoadmapError('corrupt', 'the archive has no word/document.xml (nor another main part named by _rels/.rels): not a Word document');
  }
  return { entries, xml };
}

/** Named as XML, or reads as XML (a part named .bin or with no extension may still be the document). */
function isXml(name: string, data: Buffer): boolean {
  if (/\.(?:xml|rels)$/iu.test(name)) return true;
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x09 || data[i] === 0x0a || data[i] === 0x0d)) i++;
  return data[i] === 0x3c;
}

const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** The main document part as mammoth finds it: the first officeDocument target that exists, else word/document.xml. */
function mainPart(rels: Buffer | undefined, names: ReadonlySet<string>): string | null {
  const targets = rels
    ? [...rels.toString('utf8').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/gu)]
        .map((m) => m[0])
        .filter((tag) => attribute(tag, 'Type') === OFFICE_DOCUMENT)
        .map((tag) => (attribute(tag, 'Target') ?? '').replace(/^\//u, ''))
    : [];
  const found = targets.find((t) => names.has(t)) ?? 'word/document.xml';
  return names.has(found) ? found : null;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(tag)?.slice(1).find((v) => v !== undefined);
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
  // the end-of-central-directory record: the last one in the file, as jszip looks for it
  let eocd = -1;
  for (let i = b.length - 22; i >= 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('no end of central directory (truncated?)');
  let count = u16(b, eocd + 10);
  let cdSize = u32(b, eocd + 12);
  let cdOffset = u32(b, eocd + 16);
  /** Where the central directory was expected to end; bytes before the archive shift every offset by the difference. */
  let expectedEnd = cdOffset + cdSize;
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // ZIP64: the locator just before the record points at the real one
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) throw corrupt('a ZIP64 archive without its locator');
    const z = u64(b, loc + 8);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw corrupt('a ZIP64 record out of place');
    count = u64(b, z + 32);
    cdSize = u64(b, z + 40);
    cdOffset = u64(b, z + 48);
    expectedEnd = cdOffset + cdSize + 20 + 12 + u64(b, z + 4);
  }
  if (count > MAX_ENTRIES) throw new RoadmapError('too-large', `the archive has ${count} entries, over the fixed limit of ${MAX_ENTRIES}; a Word document has tens`);
  const extra = eocd - expectedEnd;
  if (extra < 0) throw corrupt(`${-extra} bytes are missing (truncated?)`);
  // bytes prepended to the archive (a self-extractor's stub): jszip counts every offset from its start
  const zero = extra;
  if (zero + cdOffset > b.length) throw corrupt('the central directory lies outside the file (truncated?)');
  const entries: ZipEntry[] = [];
  // jszip decodes names as UTF-8 whatever the flag says
  const decoder = new TextDecoder('utf-8');
  let p = zero + cdOffset;
  // every record that follows, as jszip reads them, not just as many as the end record counts
  while (p + 4 <= b.length && u32(b, p) === 0x02014b50) {
    if (entries.length >= MAX_ENTRIES) throw new RoadmapError('too-large', `the archive has more than ${MAX_ENTRIES} entries; a Word document has tens`);
    if (p + 46 > b.length) throw corrupt('a broken central directory entry');
    const method = u16(b, p + 10);
    let compressedSize = u32(b, p + 20);
    let size = u32(b, p + 24);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    let localOffset = u32(b, p + 42);
    if (p + 46 + nameLen + extraLen > b.length) throw corrupt('a central directory entry runs past the end');
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
    localOffset += zero;
    // jszip names the entry by its local header, which may differ from the central directory's
    const h = localOffset;
    if (h + 30 > b.length || u32(b, h) !== 0x04034b50) throw corrupt('a local header is missing');
    const localName = b.subarray(h + 30, Math.min(b.length, h + 30 + u16(b, h + 26)));
    const name = decoder.decode(localName);
    entries.push({ name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (entries.length === 0 && count !== 0) throw corrupt('a broken central directory entry');
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
 * both here. The depth count is a byte scan: XML forbids '<' inside attribute values, but not '>' or
 * '/>', so inside a tag quoted values are skipped. Returns the number of elements, which is what
 * mammoth's time and memory grow with.
 */
function checkXml(name: string, data: Uint8Array, limits: Limits): number {
  let count = 0;
  let depth = 0;
  let max = 0;
  let inTag = false;
  /** The quote that opened the attribute value being scanned, or 0. */
  let quote = 0;
  const n = data.length;
  for (let i = 0; i < n; i++) {
    const c = data[i]!;
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (inTag && (c === 0x22 || c === 0x27)) {
      quote = c;
    } else if (c === 0x3c) {
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
