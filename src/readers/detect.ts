// Tell the format of a document from its bytes (and only then from its name).
import type { DocFormat } from '../document/model.js';

/**
 * `encrypted-office`: a password-protected .docx/.xlsx (Office wraps those in an OLE2 container with an
 * EncryptedPackage stream, so by its first bytes it looks like an old .doc).
 */
export type DetectedFormat = DocFormat | 'doc' | 'odt' | 'rtf' | 'zip' | 'binary' | 'empty' | 'json' | 'encrypted-office';

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[offset + i] !== sig[i]) return false;
  return true;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < Math.min(end, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** "EncryptedPackage" in UTF-16LE, the stream name of an encrypted OOXML file. */
const ENCRYPTED_PACKAGE = [...'EncryptedPackage'].flatMap((c) => [c.charCodeAt(0), 0]);

function contains(bytes: Uint8Array, needle: number[]): boolean {
  const first = needle[0]!;
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  // %PDF- may be preceded by a little junk; readers accept it within the first KiB.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, OLE2)) return contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted-office' : 'doc';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024));
    if (head.includes('mimetypeapplication/vnd.oasis.opendocument')) return 'odt';
    if (head.includes('word/')) return 'docx';
    // the central directory at the end names every entry
    const tail = ascii(bytes, Math.max(0, bytes.length - 64 * 1024), bytes.length);
    if (tail.includes('word/document.xml')) return 'docx';
    if (tail.includes('opendocument')) return 'odt';
    return 'zip';
  }
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf';
  const head = ascii(bytes, 0, 2048)
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart()
    .toLowerCase()
    // an XML declaration and leading comments say nothing about the format
    .replace(/^<\?xml[^>]*>\s*/, '')
    .replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:meta|head|body|table|p|div|h\d)[\s>]/.test(head)) {
    return 'html';
  }
  if (head.startsWith('{') && head.includes('"schemaversion"')) return 'json';
  return 'txt';
}
