// The hostile-input catalogue: each case makes one bad (or strange but readable) document and says
// what `roadmap parse` must make of it, worked out from what the input is.
import { readFileSync } from 'node:fs';
import type { ErrorCode } from '../../src/errors.js';
import { DEFAULT_LIMITS } from '../../src/readers/limits.js';
import { ORDERS, expectedModel } from '../helpers/fixtures.js';
import * as D from './hostile-docx.js';
import * as P from './hostile-pdf.js';
import * as T from './hostile-txt.js';

/** What a test gives a case to make its input: a folder of its own and a server that must not be called. */
export interface MakeContext {
  dir: string;
  /** Base URL of a local HTTP server counting requests. */
  url: string;
  /** A FIFO in `dir`: opening it would block, so a reader that follows a link to it hangs. */
  fifo: string;
}

export interface Model {
  source: { format: string; encoding: string | null; pages: number | null };
  document: { typeLabel: string | null; number: string | null };
  roadmaps: Array<{ items: Array<{ activity: string }> }>;
  diagnostics: Array<{ code: string; message: string }>;
}

export type Expectation =
  /** An error: its code, the exit code of a single input, what the message must say. */
  | { code: ErrorCode; exit: number; message: RegExp }
  /** Read: the model comes out (exit 0); `check` asserts what it holds and that nothing unsafe leaked. */
  | { read: true; check: (model: Model, json: string) => void };

export interface HostileCase {
  id: string;
  /** The file name written (the name is part of some cases: the format is told from the bytes). */
  file: string;
  make: (ctx: MakeContext) => Uint8Array | Promise<Uint8Array>;
  expect: Expectation;
}

const ITEMS_OF_GENERATED_ORDER = ['Провести семинар', 'Подготовить отчёт'];
const activities = (m: Model) => m.roadmaps.flatMap((r) => r.items.map((i) => i.activity));

function fail(message: string): never {
  throw new Error(message);
}

function expectActivities(m: Model, expected: string[]): void {
  const got = activities(m);
  if (JSON.stringify(got) !== JSON.stringify(expected)) fail(`activities ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`);
}

/** Script, its payload, a launched program, a file's contents: none may reach the model (an http(s) link may). */
function expectNoLeak(json: string): void {
  for (const bad of ['javascript', 'pwned', '/bin/sh', 'root:x:0:0', 'remote.pdf', '/submit']) {
    if (json.includes(bad)) fail(`the model carries «${bad}»`);
  }
}

function expectEncoding(m: Model, encoding: string): void {
  if (m.source.encoding !== encoding) fail(`encoding ${m.source.encoding}, expected ${encoding}`);
}

/** The real order in .txt has the items people wrote down for it; a code page without «» – № gets them plain. */
function expectOrderItems(m: Model, plain = false): void {
  const items = (expectedModel(T.ORDER_ID) as unknown as Model).roadmaps[0]!.items.map((i) => i.activity);
  expectActivities(m, plain ? items.map((a) => T.plainChars(a)) : items);
}

const TOO_LARGE = 7;
const limit = (flag: string) => new RegExp(`raise it with ${flag}\\b`, 'u');
const order = () => T.orderText();

export const CASES: HostileCase[] = [
  // ── PDF ────────────────────────────────────────────────────────────────────────────────────────
  { id: 'pdf-empty', file: 'empty.pdf', make: P.emptyPdf, expect: { code: 'corrupt', exit: 1, message: /empty/u } },
  { id: 'pdf-garbage', file: 'garbage.pdf', make: P.garbagePdf, expect: { code: 'corrupt', exit: 1, message: /damaged or not a PDF/u } },
  { id: 'pdf-truncated', file: 'truncated.pdf', make: P.truncatedPdf, expect: { code: 'corrupt', exit: 1, message: /damaged or not a PDF/u } },
  { id: 'pdf-wrong-type', file: 'picture.pdf', make: P.pngNamedPdf, expect: { code: 'binary', exit: 1, message: /binary/u } },
  {
    id: 'pdf-really-a-docx',
    file: 'order-docx.pdf',
    make: D.orderDocx,
    expect: { read: true, check: (m) => (m.source.format === 'docx' ? expectActivities(m, ITEMS_OF_GENERATED_ORDER) : fail(`read as ${m.source.format}`)) },
  },
  { id: 'pdf-password', file: 'password.pdf', make: P.passwordPdf, expect: { code: 'encrypted', exit: 6, message: /password/u } },
  {
    id: 'pdf-owner-password-only',
    file: 'owner-only.pdf',
    make: P.ownerPasswordPdf,
    expect: { read: true, check: (m) => expectActivities(m, ITEMS_OF_GENERATED_ORDER) },
  },
  { id: 'pdf-image-only', file: 'scan.pdf', make: P.imageOnlyPdf, expect: { code: 'no-text-layer', exit: 5, message: /images \(a scan\); OCR it first/u } },
  {
    id: 'pdf-embedded-javascript',
    file: 'scripted.pdf',
    make: (ctx) => P.javascriptPdf(readFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.pdf`), 26, 1, ctx.url),
    expect: {
      read: true,
      check: (m, json) => {
        if (m.document.number !== '262-р' || activities(m).length !== 28) fail(`not the order's model: № ${m.document.number}, ${activities(m).length} items`);
        expectNoLeak(json);
      },
    },
  },
  { id: 'pdf-cyclic-page-tree', file: 'cyclic.pdf', make: P.cyclicPageTreePdf, expect: { code: 'corrupt', exit: 1, message: /no page of the PDF could be read/u } },
  {
    id: 'pdf-lying-page-count',
    file: 'lying-count.pdf',
    make: () => P.lyingPageCountPdf(1_000_000_000),
    expect: { read: true, check: (m) => (m.source.pages === 1 ? expectActivities(m, ITEMS_OF_GENERATED_ORDER) : fail(`pages ${m.source.pages}`)) },
  },
  {
    id: 'pdf-deep-objects',
    file: 'deep-objects.pdf',
    make: () => P.orderPdf({ catalog: '/Deep 6 0 R', page: '/Deeper 7 0 R', extra: ['['.repeat(100_000) + ']'.repeat(100_000), '<< /A '.repeat(50_000) + '1' + ' >>'.repeat(50_000)] }),
    expect: { read: true, check: (m) => expectActivities(m, ITEMS_OF_GENERATED_ORDER) },
  },
  {
    id: 'pdf-deep-graphics-state',
    file: 'deep-q.pdf',
    make: () => P.deepNestingPdf(100_000),
    expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-xml-depth') },
  },
  {
    id: 'pdf-self-drawing-form',
    file: 'form-loop.pdf',
    make: P.selfDrawingFormPdf,
    expect: { code: 'no-text-layer', exit: 5, message: /no text to read/u },
  },
  { id: 'pdf-many-pages', file: 'many-pages.pdf', make: () => P.manyPagesPdf(20_000), expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-pdf-pages') } },
  { id: 'pdf-stream-bomb', file: 'stream-bomb.pdf', make: P.streamBombPdf, expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-pdf-stream-size') } },
  {
    id: 'pdf-decoy-encrypt-bomb',
    file: 'decoy-encrypt.pdf',
    make: P.decoyEncryptBombPdf,
    expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-pdf-stream-size') },
  },
  {
    id: 'pdf-run-length-chain-bomb',
    file: 'run-length-chain.pdf',
    make: P.runLengthChainBombPdf,
    expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-pdf-stream-size') },
  },
  { id: 'pdf-hex-wrapped-bomb', file: 'hex-wrapped.pdf', make: P.hexWrappedBombPdf, expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-pdf-stream-size') } },
  { id: 'pdf-lzw-bomb', file: 'lzw-bomb.pdf', make: P.lzwBombPdf, expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-pdf-stream-size') } },

  // ── DOCX ───────────────────────────────────────────────────────────────────────────────────────
  { id: 'docx-empty', file: 'empty.docx', make: D.emptyDocx, expect: { code: 'corrupt', exit: 1, message: /empty/u } },
  { id: 'docx-not-a-zip', file: 'photo.docx', make: D.jpegNamedDocx, expect: { code: 'binary', exit: 1, message: /binary/u } },
  { id: 'docx-ole2-doc', file: 'old.docx', make: D.oleDoc, expect: { code: 'unsupported-format', exit: 4, message: /convert it to \.docx/u } },
  { id: 'docx-encrypted-ole2', file: 'locked.docx', make: D.encryptedOle, expect: { code: 'encrypted', exit: 6, message: /password-protected/u } },
  { id: 'docx-truncated', file: 'truncated.docx', make: D.truncatedDocx, expect: { code: 'corrupt', exit: 1, message: /truncated/u } },
  { id: 'docx-no-main-part', file: 'no-main.docx', make: D.noMainPartDocx, expect: { code: 'corrupt', exit: 1, message: /no word\/document\.xml/u } },
  { id: 'docx-malformed-xml', file: 'malformed.docx', make: D.malformedXmlDocx, expect: { code: 'corrupt', exit: 1, message: /could not be read/u } },
  { id: 'docx-external-entity', file: 'xxe.docx', make: D.xxeDocx, expect: { code: 'corrupt', exit: 1, message: /DTD/u } },
  { id: 'docx-zip-bomb', file: 'zip-bomb.docx', make: D.zipBombDocx, expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-docx-entry-size') } },
  {
    id: 'docx-main-part-elsewhere',
    file: 'main-part-elsewhere.docx',
    make: D.mainPartElsewhereDocx,
    expect: { read: true, check: (m) => expectActivities(m, ITEMS_OF_GENERATED_ORDER) },
  },
  { id: 'docx-main-part-bomb', file: 'main-part-bomb.docx', make: D.mainPartBombDocx, expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-docx-entry-size') } },
  {
    id: 'docx-record-beyond-count',
    file: 'record-beyond-count.docx',
    make: D.recordBeyondCountDocx,
    expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-docx-entry-size') },
  },
  { id: 'docx-lying-sizes', file: 'lying-sizes.docx', make: D.lyingSizeDocx, expect: { code: 'corrupt', exit: 1, message: /inflates to \d+ bytes but declares 100/u } },
  { id: 'docx-deep-nesting', file: 'deep.docx', make: () => D.deepNestingDocx(20_000), expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-xml-depth') } },
  {
    id: 'docx-markup-in-attributes',
    file: 'markup-in-attributes.docx',
    make: () => D.markupInAttributesDocx(2000),
    expect: { read: true, check: (m) => expectActivities(m, ITEMS_OF_GENERATED_ORDER) },
  },
  {
    id: 'docx-many-paragraphs',
    file: 'many-paragraphs.docx',
    // three elements a paragraph: just over the default limit
    make: () => D.manyParagraphsDocx(Math.ceil(DEFAULT_LIMITS.maxDocxElements / 3) + 10_000),
    expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-docx-elements') },
  },
  {
    id: 'docx-external-image',
    file: 'external-image.docx',
    make: (ctx) => D.externalImageDocx([`${ctx.url}/image.png`, `file://${ctx.fifo}`]),
    expect: { read: true, check: (m, json) => (expectActivities(m, ITEMS_OF_GENERATED_ORDER), expectNoLeak(json)) },
  },
  {
    id: 'docx-javascript-link',
    file: 'script-link.docx',
    make: D.javascriptLinkDocx,
    expect: { read: true, check: (m, json) => (expectActivities(m, ['Провести семинар', 'Подготовить отчёт (подробнее)']), expectNoLeak(json)) },
  },
  {
    id: 'docx-path-traversal-names',
    file: 'traversal.docx',
    make: D.pathTraversalDocx,
    expect: { read: true, check: (m, json) => (expectActivities(m, ITEMS_OF_GENERATED_ORDER), expectNoLeak(json)) },
  },

  // ── TXT ────────────────────────────────────────────────────────────────────────────────────────
  { id: 'txt-utf8', file: 'utf8.txt', make: () => T.utf8(order(), false), expect: { read: true, check: (m) => (expectEncoding(m, 'utf-8'), expectOrderItems(m)) } },
  { id: 'txt-utf8-bom', file: 'utf8-bom.txt', make: () => T.utf8(order(), true), expect: { read: true, check: (m) => (expectEncoding(m, 'utf-8'), expectOrderItems(m)) } },
  { id: 'txt-utf16le-bom', file: 'utf16le-bom.txt', make: () => T.utf16(order(), 'le', true), expect: { read: true, check: (m) => (expectEncoding(m, 'utf-16le'), expectOrderItems(m)) } },
  { id: 'txt-utf16be-bom', file: 'utf16be-bom.txt', make: () => T.utf16(order(), 'be', true), expect: { read: true, check: (m) => (expectEncoding(m, 'utf-16be'), expectOrderItems(m)) } },
  { id: 'txt-utf16le', file: 'utf16le.txt', make: () => T.utf16(order(), 'le', false), expect: { read: true, check: (m) => (expectEncoding(m, 'utf-16le'), expectOrderItems(m)) } },
  { id: 'txt-utf16be', file: 'utf16be.txt', make: () => T.utf16(order(), 'be', false), expect: { read: true, check: (m) => (expectEncoding(m, 'utf-16be'), expectOrderItems(m)) } },
  {
    id: 'txt-windows-1251',
    file: 'cp1251.txt',
    make: () => T.encodeSingleByte(T.plainChars(order()), 'windows-1251'),
    expect: { read: true, check: (m) => (expectEncoding(m, 'windows-1251'), expectOrderItems(m, true)) },
  },
  {
    id: 'txt-koi8-r',
    file: 'koi8r.txt',
    make: () => T.encodeSingleByte(T.plainChars(order()), 'koi8-r'),
    expect: { read: true, check: (m) => (expectEncoding(m, 'koi8-r'), expectOrderItems(m, true)) },
  },
  {
    id: 'txt-cp866',
    file: 'cp866.txt',
    make: () => T.encodeSingleByte(T.plainChars(order()), 'ibm866'),
    expect: { read: true, check: (m) => (expectEncoding(m, 'ibm866'), expectOrderItems(m, true)) },
  },
  {
    id: 'txt-very-short',
    file: 'short.txt',
    make: () => T.encodeSingleByte('Приказ', 'koi8-r'),
    expect: { read: true, check: (m) => (expectEncoding(m, 'koi8-r'), m.roadmaps.length === 0 || fail('a roadmap from one word')) },
  },
  {
    id: 'txt-all-caps-koi8-r',
    file: 'caps-koi8r.txt',
    make: () => T.encodeSingleByte(T.plainChars(order()).toUpperCase(), 'koi8-r'),
    expect: { read: true, check: (m) => (expectEncoding(m, 'koi8-r'), m.document.typeLabel?.startsWith('ПРИКАЗ') || fail(`type label ${m.document.typeLabel}`)) },
  },
  {
    id: 'txt-all-caps-windows-1251',
    file: 'caps-cp1251.txt',
    make: () => T.encodeSingleByte(T.plainChars(order()).toUpperCase(), 'windows-1251'),
    expect: { read: true, check: (m) => (expectEncoding(m, 'windows-1251'), m.document.typeLabel?.startsWith('ПРИКАЗ') || fail(`type label ${m.document.typeLabel}`)) },
  },
  {
    id: 'txt-damaged-utf8',
    file: 'damaged.txt',
    make: () => T.damagedUtf8(order()),
    expect: {
      read: true,
      check: (m) => {
        expectEncoding(m, 'utf-8');
        if (!m.diagnostics.some((d) => d.code === 'encoding-uncertain' && /3 damaged byte sequence/u.test(d.message))) fail('no note of the damage');
        if (activities(m).length !== 39) fail(`${activities(m).length} items`);
      },
    },
  },
  {
    id: 'txt-wide-tab-rows',
    file: 'wide-tabs.txt',
    make: () => T.wideRows(20_000, 51, '\t'),
    expect: { read: true, check: (m) => (m.roadmaps.length === 0 ? undefined : fail('a roadmap from empty rows')) },
  },
  {
    id: 'txt-wide-pipe-rows',
    file: 'wide-pipes.txt',
    make: () => T.wideRows(8_000, 41, ' | '),
    expect: { read: true, check: (m) => (m.roadmaps.length === 0 ? undefined : fail('a roadmap from empty rows')) },
  },
  { id: 'txt-binary', file: 'junk.txt', make: T.binaryJunk, expect: { code: 'binary', exit: 1, message: /binary, not text/u } },
  { id: 'txt-empty', file: 'empty.txt', make: () => new Uint8Array(0), expect: { code: 'corrupt', exit: 1, message: /empty/u } },
  { id: 'txt-100mb-single-line', file: 'one-line.txt', make: () => T.singleLine(100_000_000), expect: { code: 'too-large', exit: TOO_LARGE, message: limit('--max-line-length') } },
];
