// Hostile and broken PDFs, made at test time: each function returns the bytes of one case.
import { deflateSync } from 'node:zlib';
import { noise } from './noise.js';
import { appendUpdate, buildPdf, objectBody, type Encryption, type PdfObject } from './pdf-writer.js';
import { russianEncoding } from './russian-pdf-text.js';
import { zerosDeflated } from './zero-deflate.js';
import { zerosLzw } from './zero-lzw.js';

/** A small order with a ruled two-row roadmap table: what the readable cases carry. */
const ORDER_LINES = ['ПРИКАЗ', '12.03.2022 № 45', 'Об утверждении дорожной карты', 'ПРИКАЗЫВАЮ:', '1. Утвердить дорожную карту.'];
const TABLE = [
  ['№', 'Мероприятие', 'Срок', 'Ответственный'],
  ['1.', 'Провести семинар', 'Март 2022 года', 'Иванов И.И.'],
  ['2.', 'Подготовить отчёт', 'До 1 мая 2022 г.', 'Петров П.П.'],
];
const SIGNATURE = 'Директор И.И. Сидоров';

const ALL_TEXT = [...ORDER_LINES, ...TABLE.flat(), SIGNATURE];

/** The content stream of the order's page: lines of text, then the table drawn with ruling lines. */
function orderContent(): string {
  const enc = russianEncoding(ALL_TEXT);
  const ops: string[] = ['BT /F1 11 Tf'];
  let y = 780;
  for (const line of ORDER_LINES) {
    ops.push(`1 0 0 1 60 ${y} Tm ${enc.literal(line)} Tj`);
    y -= 20;
  }
  ops.push('ET');
  const widths = [40, 200, 120, 120];
  const rowH = 24;
  let top = y - 10;
  for (const row of TABLE) {
    let x = 60;
    row.forEach((cell, i) => {
      ops.push(`${x} ${top - rowH} ${widths[i]} ${rowH} re S`);
      ops.push(`BT /F1 10 Tf 1 0 0 1 ${x + 3} ${top - 16} Tm ${enc.literal(cell)} Tj ET`);
      x += widths[i]!;
    });
    top -= rowH;
  }
  ops.push(`BT /F1 11 Tf 1 0 0 1 60 ${top - 40} Tm ${enc.literal(SIGNATURE)} Tj ET`);
  return ops.join('\n');
}

function fontDict(): string {
  return russianEncoding(ALL_TEXT).fontDict;
}

/**
 * The order on one page. Objects: 1 catalog, 2 pages, 3 page, 4 content, 5 font; `extra` objects
 * follow from 6 and `catalog`/`page` entries are added to those dictionaries.
 */
export function orderPdf(options: { encrypt?: Encryption; catalog?: string; page?: string; extra?: PdfObject[]; content?: string } = {}): Uint8Array {
  return buildPdf(
    [
      `<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ''} >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${options.page ?? ''} >>`,
      { dict: '<< >>', stream: options.content ?? orderContent() },
      fontDict(),
      ...(options.extra ?? []),
    ],
    { trailer: '/Root 1 0 R', ...(options.encrypt ? { encrypt: options.encrypt } : {}) },
  );
}

export const emptyPdf = () => new Uint8Array(0);

/** A PDF header and then noise: what a download cut off by an error page or a wrong transfer looks like. */
export function garbagePdf(): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), noise(4096, 1)]));
}

/** The order cut in the middle of its page content: no xref, no trailer, the page stream unfinished. */
export function truncatedPdf(): Uint8Array {
  const whole = orderPdf();
  const text = Buffer.from(whole).toString('latin1');
  return whole.subarray(0, text.indexOf('stream\n') + 40);
}

/** A PNG named .pdf: the name says PDF, the bytes say image. */
export function pngNamedPdf(): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), noise(2048, 2)]));
}

export const passwordPdf = () => orderPdf({ encrypt: { user: 'secret', owner: 'owner', permissions: -44 } });

/** Restrictions without a user password: any reader opens it, as Acrobat does. */
export const ownerPasswordPdf = () => orderPdf({ encrypt: { user: '', owner: 'owner', permissions: -3904 } });

/** One page that is only a picture (a scan): an 8×8 grey image painted over the page. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = Buffer.alloc(64, 0x80);
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '<< >>', stream: 'q 595 0 0 842 0 0 cm /Im1 Do Q' },
      { dict: '<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray /BitsPerComponent 8 >>', stream: pixels },
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/**
 * JavaScript everywhere a PDF may carry it, added to a real order as an incremental update: an
 * OpenAction and a document-level script that would post to `url`, a javascript: link, a link to
 * `url`, a Launch action and a remote go-to.
 */
export function javascriptPdf(base: Uint8Array, catalogNum: number, pageNum: number, url: string): Uint8Array {
  const catalog = objectBody(base, catalogNum).replace(/\/OpenAction\s*\[[^\]]*\]/u, '').replace(/>>\s*$/u, '');
  const page = objectBody(base, pageNum).replace(/>>\s*$/u, '');
  const size = Number(/\/Size\s+(\d+)/u.exec(Buffer.from(base).toString('latin1'))![1]);
  const js = size;
  return appendUpdate(base, {
    [catalogNum]: `${catalog} /OpenAction ${js} 0 R /Names << /JavaScript << /Names [(boot) ${js} 0 R] >> >> >>`,
    [pageNum]: `${page} /Annots [${js + 1} 0 R ${js + 2} 0 R ${js + 3} 0 R ${js + 4} 0 R] /AA << /O ${js} 0 R >> >>`,
    [js]: `<< /Type /Action /S /JavaScript /JS (app.alert\\('pwned'\\); this.submitForm\\('${url}/submit'\\);) >>`,
    [js + 1]: '<< /Type /Annot /Subtype /Link /Rect [50 50 300 70] /A << /S /URI /URI (javascript:alert\\(document.cookie\\)) >> >>',
    [js + 2]: '<< /Type /Annot /Subtype /Link /Rect [50 80 300 100] /A << /S /Launch /F (/bin/sh) >> >>',
    [js + 3]: `<< /Type /Annot /Subtype /Link /Rect [50 110 300 130] /A << /S /URI /URI (${url}/link) >> >>`,
    [js + 4]: `<< /Type /Annot /Subtype /Link /Rect [50 140 300 160] /A << /S /GoToR /F (${url}/remote.pdf) /D [0 /Fit] >> >>`,
  });
}

/** The page tree's only kid is a Pages node whose kid is the root again. */
export function cyclicPageTreePdf(): Uint8Array {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>',
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/** The root says 1,000 pages (the default limit allows that many); there is one. */
export function lyingPageCountPdf(count = 1000): Uint8Array {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      `<< /Type /Pages /Kids [3 0 R] /Count ${count} >>`,
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '<< >>', stream: orderContent() },
      fontDict(),
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/** An object nested `depth` arrays deep, and a content stream that saves the graphics state as deep. */
export function deepNestingPdf(depth = 100_000): Uint8Array {
  const deep = '['.repeat(depth) + ']'.repeat(depth);
  return orderPdf({ catalog: '/Deep 6 0 R', content: 'q '.repeat(depth) + orderContent() + ' Q'.repeat(depth), extra: [deep] });
}

/** A page whose only content draws a form XObject that draws itself. */
export function selfDrawingFormPdf(): Uint8Array {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '<< >>', stream: '/X Do' },
      { dict: '<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >> >>', stream: 'q /X Do Q' },
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/** A real page tree of `pages` pages sharing one content stream. */
export function manyPagesPdf(pages = 20_000): Uint8Array {
  const kids: string[] = [];
  const objects: PdfObject[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', { dict: '<< >>', stream: orderContent() }, fontDict()];
  for (let i = 0; i < pages; i++) {
    objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>');
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages} >>`;
  return buildPdf(objects, { trailer: '/Root 1 0 R' });
}

/**
 * A stream bomb of about 1 MB: the page's first content stream is 1 MiB of FlateDecode data that
 * inflates to 1 GiB of zeros (white space to a content-stream parser); its second is deflated twice
 * ([/FlateDecode /FlateDecode]) and inflates to 4 GiB through a few kilobytes.
 */
export function streamBombPdf(): Uint8Array {
  const once = zerosDeflated(1024, 'zlib');
  const twice = deflateSync(zerosDeflated(4096, 'zlib'), { level: 9 });
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R 6 0 R] >>',
      { dict: '<< /Filter /FlateDecode >>', stream: once },
      fontDict(),
      { dict: '<< /Filter [/FlateDecode /FlateDecode] >>', stream: twice },
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/** The same with LZW: a conforming 1 MB LZWDecode stream that decodes to 1.4 GB of zeros. */
export function lzwBombPdf(): Uint8Array {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      { dict: '<< /Filter /LZWDecode >>', stream: zerosLzw(190) },
      fontDict(),
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/**
 * A stream bomb the scan before pdf.js cannot see: the file is encrypted (an owner password only, so
 * it opens), and its 3 MB content stream is ciphertext until pdf.js decrypts it, then 3 GiB of zeros.
 */
export function encryptedStreamBombPdf(): Uint8Array {
  return buildPdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      { dict: '<< /Filter /FlateDecode >>', stream: zerosDeflated(3072, 'zlib') },
    ],
    { trailer: '/Root 1 0 R', encrypt: { user: '', owner: 'owner', permissions: -44 } },
  );
}

/** The order's page objects around content stream 4 (objects 1–5); `extra` follow from 6. */
function bombPage(content: PdfObject, extra: PdfObject[] = [], trailer = '', catalog = '<< /Type /Catalog /Pages 2 0 R >>'): Uint8Array {
  return buildPdf(
    [
      catalog,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
      content,
      fontDict(),
      ...extra,
    ],
    { trailer: `/Root 1 0 R ${trailer}` },
  );
}

/**
 * A 1 GiB Flate bomb in a file that is not encrypted but says «/Encrypt» where it means nothing: in a
 * comment inside the catalog and in the document's title; the trailer has no /Encrypt.
 */
export function decoyEncryptBombPdf(): Uint8Array {
  return bombPage(
    { dict: '<< /Filter /FlateDecode >>', stream: zerosDeflated(1024, 'zlib') },
    ['<< /Title (/Encrypt) /Producer (/Encrypt 6 0 R) >>'],
    '/Info 6 0 R',
    '<< /Type /Catalog /Pages 2 0 R % /Encrypt 6 0 R\n>>',
  );
}

/**
 * A filter chain: 8 MB of RunLength runs (each two bytes for 128 spaces), deflated to a few kilobytes:
 * the Flate step is small, the RunLength step gives 512 MiB.
 */
export function runLengthChainBombPdf(): Uint8Array {
  const runs = Buffer.alloc(8 * 1024 * 1024);
  for (let i = 0; i < runs.length; i += 2) (runs[i] = 129), (runs[i + 1] = 0x20);
  return bombPage({ dict: '<< /Filter [/FlateDecode /RunLengthDecode] >>', stream: deflateSync(runs, { level: 9 }) });
}

/**
 * A 1 GiB Flate bomb written in hex, its /Filter an indirect reference to `[/AHx /Fl#61teDecode]`
 * (an abbreviation, and a name with a #xx escape): a scan that reads only direct, plain filter names
 * would not see it.
 */
export function hexWrappedBombPdf(): Uint8Array {
  return bombPage({ dict: '<< /Filter 6 0 R >>', stream: `${zerosDeflated(1024, 'zlib').toString('hex')}>` }, ['[/AHx /Fl#61teDecode]']);
}
