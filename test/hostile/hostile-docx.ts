// Hostile and broken Word files, made at test time with test/readers/zip-builder.ts: each function
// returns the bytes of one case.
import { docx, docxParts, p, zip } from '../readers/zip-builder.js';
import { noise } from './noise.js';
import { zerosDeflated } from './zero-deflate.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A short order whose roadmap table the readable cases carry; `after` is markup placed after the text of item 2's activity. */
export function orderBody(after = ''): string {
  const cell = (text: string, tail = '') => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r>${tail}</w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map((c) => cell(c)).join('')}</w:tr>`;
  return (
    p('ПРИКАЗ') +
    p('12.03.2022 № 45') +
    p('Об утверждении дорожной карты') +
    p('ПРИКАЗЫВАЮ:') +
    p('1. Утвердить дорожную карту.') +
    '<w:tbl>' +
    row(['№', 'Мероприятие', 'Срок', 'Ответственный']) +
    row(['1.', 'Провести семинар', 'Март 2022 года', 'Иванов И.И.']) +
    `<w:tr>${cell('2.')}${cell('Подготовить отчёт', after)}${cell('До 1 мая 2022 г.')}${cell('Петров П.П.')}</w:tr>` +
    '</w:tbl>' +
    p('Директор И.И. Сидоров')
  );
}

export const orderDocx = () => docx(orderBody());

export const emptyDocx = () => new Uint8Array(0);

/** JPEG bytes named .docx. */
export const jpegNamedDocx = () => new Uint8Array(Buffer.concat([Buffer.from('ffd8ffe000104a46494600', 'hex'), noise(4096, 3)]));

const OLE2 = Buffer.from('d0cf11e0a1b11ae1', 'hex');

/** An old binary Word file: the OLE2 signature and a directory naming its WordDocument stream. */
export function oleDoc(): Uint8Array {
  const dir = Buffer.from('WordDocument', 'utf16le');
  return new Uint8Array(Buffer.concat([OLE2, Buffer.alloc(504), dir, Buffer.alloc(4096 - 512 - dir.length)]));
}

/** A password-protected .docx as Word saves it: an OLE2 container holding an EncryptedPackage stream. */
export function encryptedOle(): Uint8Array {
  const dir = Buffer.concat([Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(50), Buffer.from('EncryptedPackage', 'utf16le')]);
  return new Uint8Array(Buffer.concat([OLE2, Buffer.alloc(504), dir, noise(8192, 4)]));
}

/** The order cut off before its central directory. */
export function truncatedDocx(): Uint8Array {
  const whole = orderDocx();
  return whole.subarray(0, Math.floor(whole.length * 0.6));
}

/** A Word-looking archive (styles, settings) without word/document.xml. */
export function noMainPartDocx(): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: 'word/styles.xml', data: '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
  ]);
}

/** The main part stops in the middle of a run: unclosed elements. */
export function malformedXmlDocx(): Uint8Array {
  return docx('', [
    {
      name: 'word/document.xml',
      data: '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Приказ</w:t></w:r><w:p><w:r><w:t',
    },
  ]);
}

/** An external entity that would pull /etc/passwd into the text (XXE). */
export function xxeDocx(): Uint8Array {
  return docx('', [
    {
      name: 'word/document.xml',
      data:
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        p('ПРИКАЗ') +
        '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>',
    },
  ]);
}

/**
 * A zip bomb: a styles part of about 1 MB that inflates to about 1 GiB of zeros while its header
 * declares 4 KiB, as bombs do to slip past a check of the declared sizes.
 */
export function zipBombDocx(): Uint8Array {
  const body = zerosDeflated(1024, 'raw');
  return deflatedEntry(docx(orderBody(), [{ name: 'word/styles.xml', data: body, store: true, declaredSize: 4096 }]), 'word/styles.xml');
}

/** A part that inflates to more than its header declares (no bomb: a plain lie). */
export function lyingSizeDocx(): Uint8Array {
  return docx(orderBody(), [{ name: 'word/styles.xml', data: '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'.repeat(200), declaredSize: 100 }]);
}

/** Content controls nested `depth` deep around one paragraph (mammoth's parser recurses per level). */
export function deepNestingDocx(depth = 20_000): Uint8Array {
  return docx('<w:sdt><w:sdtContent>'.repeat(depth) + p('глубоко') + '</w:sdtContent></w:sdt>'.repeat(depth));
}

/**
 * The order followed by `count` paragraphs of varied words, so that the part compresses like real
 * text (about 4:1) and no inflate-ratio check stops it early.
 */
export function manyParagraphsDocx(count = 300_000): Uint8Array {
  const words = ['план', 'мероприятие', 'срок', 'отчёт', 'школа', 'район', 'контроль', 'семинар', 'учитель', 'проект', 'итог', 'работа'];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 3 + (next() % 6);
    paragraphs.push(p(`${next() % 100000} ${Array.from({ length: n }, () => words[next() % words.length]).join(' ')}.`));
  }
  return docx(orderBody() + paragraphs.join(''));
}

/** Images linked from outside the package (TargetMode External), one per target: a reader must fetch none. */
export function externalImageDocx(targets: string[]): Uint8Array {
  const rels = targets.map((t, i) => `<Relationship Id="rIdX${i}" Type="${REL}/image" Target="${t}" TargetMode="External"/>`).join('');
  const drawing = (i: number) =>
    '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="x"/>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="x"/><pic:cNvPicPr/></pic:nvPicPr>' +
    `<pic:blipFill><a:blip xmlns:r="${REL}" r:link="rIdX${i}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  return docx(targets.map((_, i) => drawing(i)).join('') + orderBody(), [], rels);
}

/** A hyperlink to javascript: inside a table cell. */
export function javascriptLinkDocx(): Uint8Array {
  const rels = `<Relationship Id="rId9" Type="${REL}/hyperlink" Target="javascript:alert(document.cookie)" TargetMode="External"/>`;
  return docx(orderBody(`<w:hyperlink r:id="rId9"><w:r><w:t> (подробнее)</w:t></w:r></w:hyperlink>`), [], rels);
}

/** Entries named to escape an extraction folder: ../, absolute, and a backslash path. */
export function pathTraversalDocx(): Uint8Array {
  return docx(orderBody(), [
    { name: '../../../../tmp/roadmap-pwned.txt', data: 'pwned' },
    { name: '/etc/roadmap-pwned', data: 'pwned' },
    { name: '..\\..\\roadmap-pwned.xml', data: '<x/>' },
  ]);
}

/** zip-builder stores bytes as given: mark an entry holding raw deflate data as deflated (method 8). */
function deflatedEntry(archive: Uint8Array, name: string): Uint8Array {
  const b = Buffer.from(archive);
  const n = Buffer.from(name, 'utf8');
  for (let i = 0; i + 4 <= b.length; i++) {
    const sig = b.readUInt32LE(i);
    if (sig === 0x04034b50 && b.subarray(i + 30, i + 30 + n.length).equals(n)) b.writeUInt16LE(8, i + 8);
    if (sig === 0x02014b50 && b.subarray(i + 46, i + 46 + n.length).equals(n)) b.writeUInt16LE(8, i + 10);
  }
  return new Uint8Array(b);
}

/**
 * The order with `count` empty bookmarks whose names hold «>» and «/>»: XML allows both in an attribute
 * value, so a depth count that ends a tag at the first «>» would see each as an unclosed element.
 */
export function markupInAttributesDocx(count = 2000): Uint8Array {
  const marks = Array.from({ length: count }, (_, i) => `<w:bookmarkStart w:id="${i}" w:name="a>b/>${i}"/><w:bookmarkEnd w:id="${i}"/>`).join('');
  return docx(`<w:p>${marks}</w:p>` + orderBody());
}

const PACKAGE_RELS = (target: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${target}"/></Relationships>`;

/** The order whose main part is word/document.bin, as _rels/.rels says: mammoth reads it whatever its name. */
export function mainPartElsewhereDocx(): Uint8Array {
  const main = docxParts(orderBody()).find((e) => e.name === 'word/document.xml')!;
  return zip([
    ...docxParts('', [{ name: '_rels/.rels', data: PACKAGE_RELS('word/document.bin') }]).filter((e) => e.name !== 'word/document.xml'),
    { ...main, name: 'word/document.bin' },
  ]);
}

/**
 * A zip bomb as the main part: _rels/.rels names word/document.bin, about 1 MB that inflates to 1 GiB
 * while declaring 4 KiB; a harmless word/document.xml stands beside it for a check that looks only there.
 */
export function mainPartBombDocx(): Uint8Array {
  return deflatedEntry(
    docx(orderBody(), [
      { name: '_rels/.rels', data: PACKAGE_RELS('word/document.bin') },
      { name: 'word/document.bin', data: zerosDeflated(1024, 'raw'), store: true, declaredSize: 4096 },
    ]),
    'word/document.bin',
  );
}

/**
 * A second word/document.xml, a 1 GiB bomb, in a central-directory record past the count the end record
 * gives: jszip reads every record that follows (and keeps the last of a name), so it is the part mammoth reads.
 */
export function recordBeyondCountDocx(): Uint8Array {
  const parts = docxParts(orderBody());
  const archive = Buffer.from(deflatedEntry(zip([...parts, { name: 'word/document.xml', data: zerosDeflated(1024, 'raw'), store: true, declaredSize: 4096 }]), 'word/document.xml'));
  // the end record counts only the honest entries
  const end = archive.length - 22;
  archive.writeUInt16LE(parts.length, end + 8);
  archive.writeUInt16LE(parts.length, end + 10);
  return new Uint8Array(archive);
}
