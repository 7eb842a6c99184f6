// Checks a PDF's streams before pdf.js sees it. pdf.js inflates FlateDecode (and LZW) data in
// JavaScript with no size cap (a 1 MB stream of zeros cost it 6 s and a gigabyte), and its
// graphics-state stack makes each `q` cost time in proportion to the nesting (100,000 nested `q` took
// minutes; the PDF reference's own implementation limit is 28). So every filter of every stream is
// undone here with a cap (stream-filters.ts), and content streams have their `q` nesting counted.
// Encrypted files are scanned too: their ciphertext does not decode, so it costs next to nothing, while
// an /Encrypt that is not the trailer's (in a comment, a title) or one whose crypt filter is Identity
// leaves the streams plain. Streams this scan cannot decode are left to pdf.js, under the worker's limits.
import { RoadmapError } from '../../errors.js';
import type { Limits } from '../limits.js';
import { decodeFilter, filterKind, lzwLength, OverLimit } from './stream-filters.js';

/** How far back from `stream` the object's dictionary is looked for. */
const DICT_WINDOW = 64 * 1024;

export function checkPdfStreams(bytes: Uint8Array, limits: Limits): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
    checkStream(b.subarray(start, end), dict, limits, b);
    at = Math.max(at, end - 6);
  }
}

function checkStream(raw: Buffer, dict: string, limits: Limits, file: Buffer): void {
  const filters = filtersOf(dict, file);
  const earlyChange = /\/EarlyChange\s+0\b/u.test(dict) ? 0 : 1;
  let data: Buffer | null = raw;
  let k = 0;
  try {
    for (; k < filters.length && data; k++) {
      const kind = filterKind(filters[k]!);
      if (kind === 'other') break;
      // the last LZW of a stream that is not content is counted, not decoded: nothing reads its bytes here
      if (kind === 'LZW' && k === filters.length - 1 && !isContent(dict)) {
        if (lzwLength(data, earlyChange, limits.maxPdfStreamBytes) > limits.maxPdfStreamBytes) throw new OverLimit();
        return;
      }
      data = decodeFilter(kind, data, limits.maxPdfStreamBytes, earlyChange);
    }
  } catch (e) {
    if (e instanceof OverLimit) throw streamTooLarge(limits);
    throw e;
  }
  // a filter this scan does not undo (DCT, JPX …): its output is not content to count
  if (!data || k < filters.length || !isContent(dict)) return;
  const depth = graphicsNesting(data, limits.maxXmlDepth);
  if (depth > limits.maxXmlDepth) {
    throw new RoadmapError(
      'too-large',
      `a page's content saves the graphics state (q) more than ${limits.maxXmlDepth} levels deep (maxXmlDepth; raise it with --max-xml-depth)`,
    );
  }
}

/**
 * The stream's /Filter as pdf.js reads it: the dictionary's own entry (not one in a nested dictionary),
 * the last if given twice, names with #xx escapes decoded, comments skipped, and an indirect reference
 * followed to its object.
 */
export function filtersOf(dict: string, file: Buffer): string[] {
  let value = topLevelEntry(stripComments(dict), 'Filter');
  const ref = value === undefined ? null : /^(\d+)\s+(\d+)\s+R\b/u.exec(value);
  if (ref) {
    const at = file.indexOf(`${ref[1]} ${ref[2]} obj`);
    value = at === -1 ? undefined : stripComments(file.toString('latin1', at, Math.min(file.length, at + 4096))).replace(/^\d+\s+\d+\s+obj\s*/u, '');
  }
  if (value === undefined) return [];
  const names = value.startsWith('[') ? value.slice(1, Math.max(1, value.indexOf(']'))) : (NAME.exec(value)?.[0] ?? '');
  return [...names.matchAll(/\/([^\s/[\]<>()%]+)/gu)].map((x) => x[1]!.replace(/#([0-9a-fA-F]{2})/gu, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
}

const NAME = /^\/[^\s/[\]<>()%]*/u;

/** Comments out, strings kept (a «%» inside parentheses is text). */
function stripComments(s: string): string {
  return s.replace(/\((?:\\.|[^\\)])*\)|%[^\r\n]*/gu, (m) => (m.startsWith('%') ? ' ' : m));
}

/** The text after the last `/key` at the dictionary's own level (nesting of << >>, [ ] and strings tracked). */
function topLevelEntry(dict: string, key: string): string | undefined {
  let level = 0;
  let found: number | undefined;
  for (let i = 0; i < dict.length; i++) {
    const c = dict[i]!;
    if (c === '(') {
      let d = 1;
      while (++i < dict.length && d > 0) {
        if (dict[i] === '\\') i++;
        else if (dict[i] === '(') d++;
        else if (dict[i] === ')') d--;
      }
      i--;
    } else if (c === '<' && dict[i + 1] === '<') {
      level++;
      i++;
    } else if (c === '>' && dict[i + 1] === '>') {
      level--;
      i++;
    } else if (c === '[') level++;
    else if (c === ']') level--;
    else if (c === '/' && level === 1 && dict.startsWith(key, i + 1) && /[\s/[\]<>()%]/u.test(dict[i + 1 + key.length] ?? ' ')) {
      found = i + 1 + key.length;
    }
  }
  return found === undefined ? undefined : dict.slice(found).trimStart();
}

function streamTooLarge(limits: Limits): RoadmapError {
  return new RoadmapError(
    'too-large',
    `a stream of the PDF inflates to more than ${limits.maxPdfStreamBytes} bytes (maxPdfStreamBytes; raise it with --max-pdf-stream-size)`,
  );
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
