// Checks a PDF before pdf.js sees it. pdf.js inflates FlateDecode (and LZW) data in JavaScript with no
// size cap (a 1 MB stream of zeros cost it 6 s and a gigabyte), its graphics-state stack makes each `q`
// cost time in proportion to the nesting (100,000 nested `q` took minutes; the PDF reference's own
// implementation limit is 28), it decodes images whatever their size, draws forms that draw forms
// without counting, and walks as many pages as a page tree's /Count claims. So, in one pass over the
// bytes: every filter of every stream is undone with a cap (stream-filters.ts); content streams have
// their `q` nesting counted, also across a page's several content streams; image dictionaries are
// checked for their pixels; the forms each form draws are counted through; and page objects are
// counted as written (in object streams too). pdf.js's own page count is checked again after it opens
// the file (read-pdf.ts). Encrypted files are scanned too: their ciphertext does not decode, so it costs
// next to nothing, while an /Encrypt that is not the trailer's (in a comment, a title) or one whose
// crypt filter is Identity leaves the streams plain. Streams this scan cannot decode are left to pdf.js,
// under the worker's limits.
import { RoadmapError } from '../../errors.js';
import type { Limits } from '../limits.js';
import { decodeFilter, filterKind, lzwLength, OverLimit } from './stream-filters.js';

/** How far back from `stream` the object's dictionary is looked for. */
const DICT_WINDOW = 64 * 1024;

/** What the scan learns of a file beyond each stream: for the checks that span streams. */
interface Scan {
  /** q nesting of each content stream by object number: deepest, and open at its end. */
  nesting: Map<number, { max: number; end: number }>;
  /** Page content arrays (object numbers in order): a page's `q` may open in one stream and nest on in the next. */
  contentArrays: number[][];
  /** Page objects seen (by number in the file, counted in object streams). */
  pages: Set<number>;
  pagesInObjectStreams: number;
  /** Forms: the XObjects each draws, by object number, with how often. */
  forms: Map<number, Map<number, number>>;
}

export function checkPdfStreams(bytes: Uint8Array, limits: Limits): void {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const scan: Scan = { nesting: new Map(), contentArrays: [], pages: new Set(), pagesInObjectStreams: 0, forms: new Map() };
  countPages(b, scan, limits);
  for (let at = b.indexOf('stream'); at !== -1; at = b.indexOf('stream', at + 6)) {
    if (at >= 3 && b.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (b[start] === 0x0d) start++;
    if (b[start] === 0x0a) start++;
    else if (b[start - 1] !== 0x0d) continue; // «stream» inside a name or a string, not the keyword
    const objAt = b.lastIndexOf(' obj', at);
    if (objAt === -1 || at - objAt > DICT_WINDOW) continue;
    const dict = b.toString('latin1', objAt + 4, at);
    const num = objectNumber(b, objAt);
    const length = /\/Length\s+(\d+)(?!\d|\s+\d+\s+R)/u.exec(dict);
    let end = length ? start + Number(length[1]) : -1;
    if (end === -1 || end > b.length) end = b.indexOf('endstream', start);
    if (end === -1) end = b.length;
    checkStream(b.subarray(start, end), dict, limits, num, scan, b);
    at = Math.max(at, end - 6);
  }
  contentArraysIn(b.toString('latin1'), scan);
  checkSplitNesting(scan, limits);
  checkFormVisits(scan, limits);
}

/** The number of the object whose « obj» keyword is at `objAt` («12 0 obj»), or -1. */
function objectNumber(b: Buffer, objAt: number): number {
  const m = /(\d+)\s+\d+$/u.exec(b.toString('latin1', Math.max(0, objAt - 24), objAt));
  return m ? Number(m[1]) : -1;
}

const PAGE_TYPE = /\/Type\s*\/Page(?![A-Za-z0-9])/gu;

/**
 * Page objects, counted as they are written rather than as the page tree's /Count says (a lying
 * /Count had pdf.js walk 100,000 pages for a minute): more than maxPdfPages is over the page limit.
 */
function countPages(b: Buffer, scan: Scan, limits: Limits): void {
  for (let at = b.indexOf('/Page'); at !== -1; at = b.indexOf('/Page', at + 5)) {
    const next = b[at + 5];
    if (next !== undefined && /[A-Za-z0-9]/u.test(String.fromCharCode(next))) continue;
    if (!/\/Type\s*$/u.test(b.toString('latin1', Math.max(0, at - 12), at))) continue;
    const objAt = b.lastIndexOf(' obj', at);
    scan.pages.add(objAt === -1 ? -at : objectNumber(b, objAt));
    if (scan.pages.size > limits.maxPdfPages) throw tooManyPages(limits);
  }
}

function tooManyPages(limits: Limits): RoadmapError {
  return new RoadmapError('too-large', `the PDF has more than ${limits.maxPdfPages} page objects, over the limit of ${limits.maxPdfPages} (maxPdfPages; raise it with --max-pdf-pages)`);
}

/** «/Contents [4 0 R 5 0 R]» arrays in text (the file, or an object stream's objects). */
function contentArraysIn(text: string, scan: Scan): void {
  for (const m of text.matchAll(/\/Contents\s*\[([^\]]{0,100000})\]/gu)) {
    const refs = [...m[1]!.matchAll(/(\d+)\s+\d+\s+R/gu)].map((r) => Number(r[1]));
    if (refs.length > 1) scan.contentArrays.push(refs);
  }
}

/** A page's content streams are one content: its `q` nesting runs on from one stream into the next. */
function checkSplitNesting(scan: Scan, limits: Limits): void {
  for (const refs of scan.contentArrays) {
    let depth = 0;
    for (const r of refs) {
      const n = scan.nesting.get(r);
      if (!n) continue;
      if (depth + n.max > limits.maxXmlDepth) throw tooDeep(limits);
      depth = Math.max(0, depth + n.end);
    }
  }
}

function tooDeep(limits: Limits): RoadmapError {
  return new RoadmapError(
    'too-large',
    `a page's content saves the graphics state (q) more than ${limits.maxXmlDepth} levels deep (maxXmlDepth; raise it with --max-xml-depth)`,
  );
}

/**
 * Forms that draw forms: a form drawing the next one twice, thirty deep, is a billion drawings for
 * pdf.js. Each form's drawings are counted with those of the forms it draws (a cycle counts once; pdf.js
 * stops those itself), before pdf.js sees the file.
 */
function checkFormVisits(scan: Scan, limits: Limits): void {
  const memo = new Map<number, number>();
  const visiting = new Set<number>();
  const visits = (form: number): number => {
    const known = memo.get(form);
    if (known !== undefined) return known;
    if (visiting.has(form)) return 0;
    visiting.add(form);
    let total = 0;
    for (const [target, times] of scan.forms.get(form) ?? []) {
      total += times * (1 + (scan.forms.has(target) ? visits(target) : 0));
      if (total > limits.maxPdfFormVisits) break;
    }
    visiting.delete(form);
    memo.set(form, total);
    return total;
  };
  for (const form of scan.forms.keys()) {
    if (visits(form) > limits.maxPdfFormVisits) {
      throw new RoadmapError(
        'too-large',
        `a form of the PDF draws more than ${limits.maxPdfFormVisits} forms, counting the forms they draw (maxPdfFormVisits; raise it with --max-pdf-form-visits)`,
      );
    }
  }
}

/** The XObjects a form's resources name: «/Fm1 12 0 R» in its /XObject dictionary (inline, or in an object of the file). */
function xobjectRefs(dict: string, file: Buffer): Map<string, number> {
  let resources = /\/XObject\s*<<([^>]*)>>/u.exec(dict)?.[1];
  if (resources === undefined) {
    const ref = /\/Resources\s+(\d+)\s+\d+\s+R/u.exec(dict) ?? /\/XObject\s+(\d+)\s+\d+\s+R/u.exec(dict);
    if (ref) {
      const at = file.indexOf(`\n${ref[1]} 0 obj`);
      const text = at === -1 ? '' : file.toString('latin1', at, Math.min(file.length, at + 4096));
      resources = /\/XObject\s*<<([^>]*)>>/u.exec(text)?.[1] ?? (/^\s*\d+ 0 obj\s*<<([^>]*)>>/u.exec(text.trimStart())?.[1]);
    }
  }
  const out = new Map<string, number>();
  for (const m of (resources ?? '').matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/gu)) out.set(m[1]!, Number(m[2]));
  return out;
}

function checkStream(raw: Buffer, dict: string, limits: Limits, num: number, scan: Scan, file: Buffer): void {
  checkImage(dict, limits);
  const filters = filtersOf(dict, file);
  const earlyChange = /\/EarlyChange\s+0\b/u.test(dict) ? 0 : 1;
  const objectStream = /\/Type\s*\/ObjStm\b/u.test(dict);
  let data: Buffer | null = raw;
  let k = 0;
  try {
    for (; k < filters.length && data; k++) {
      const kind = filterKind(filters[k]!);
      if (kind === 'other') break;
      // the last LZW of a stream that is neither content nor objects is counted, not decoded: nothing reads its bytes here
      if (kind === 'LZW' && k === filters.length - 1 && !isContent(dict) && !objectStream) {
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
  if (!data || k < filters.length) return;
  if (objectStream) {
    // the objects packed in it: pages and content arrays are counted as in the file
    const text = data.toString('latin1');
    for (const _ of text.matchAll(PAGE_TYPE)) if (++scan.pagesInObjectStreams + scan.pages.size > limits.maxPdfPages) throw tooManyPages(limits);
    contentArraysIn(text, scan);
    return;
  }
  if (!isContent(dict)) return;
  const { max, end } = graphicsNesting(data, limits.maxXmlDepth);
  if (max > limits.maxXmlDepth) throw tooDeep(limits);
  if (num >= 0) {
    scan.nesting.set(num, { max, end });
    if (/\/Subtype\s*\/Form\b/u.test(dict)) {
      const names = xobjectRefs(dict, file);
      const drawn = new Map<number, number>();
      for (const [name, times] of drawsOf(data)) {
        const target = names.get(name);
        if (target !== undefined) drawn.set(target, (drawn.get(target) ?? 0) + times);
      }
      if (drawn.size) scan.forms.set(num, drawn);
    }
  }
}

/** An image's pixels, from its dictionary, before anything decodes it. */
function checkImage(dict: string, limits: Limits): void {
  if (!/\/Subtype\s*\/Image\b/u.test(dict)) return;
  const w = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/u.exec(dict)?.[1] ?? 0);
  const h = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/u.exec(dict)?.[1] ?? 0);
  if (w * h > limits.maxPdfImagePixels) {
    throw new RoadmapError(
      'too-large',
      `an image of the PDF has ${w} × ${h} pixels, over the limit of ${limits.maxPdfImagePixels} (maxPdfImagePixels; raise it with --max-pdf-image-pixels)`,
    );
  }
}

/** «/Name Do» in a content stream: the names drawn, with how often. */
function drawsOf(data: Buffer): Map<string, number> {
  const out = new Map<string, number>();
  const text = data.toString('latin1');
  for (const m of text.matchAll(/\/([^\s/<>[\]()]+)\s+Do(?![A-Za-z0-9])/gu)) out.set(m[1]!, (out.get(m[1]!) ?? 0) + 1);
  return out;
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

/** The deepest `q` nesting of a content stream and the nesting still open at its end; stops counting once past `limit`. */
export function graphicsNesting(d: Uint8Array, limit: number): { max: number; end: number } {
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
        if (++depth > max && (max = depth) > limit) return { max, end: depth };
      } else if (len === 1 && c === 0x51) {
        if (depth > 0) depth--;
      } else if (len === 2 && c === 0x49 && d[from + 1] === 0x44) {
        // inline image data (after ID) runs to «EI» between white space
        i = inlineImageEnd(d, i);
      }
    }
  }
  return { max, end: depth };
}

function inlineImageEnd(d: Uint8Array, from: number): number {
  for (let i = from + 1; i + 1 < d.length; i++) {
    if (d[i] === 0x45 && d[i + 1] === 0x49 && WHITE.has(d[i - 1]!) && (i + 2 >= d.length || WHITE.has(d[i + 2]!))) return i + 2;
  }
  return d.length;
}
