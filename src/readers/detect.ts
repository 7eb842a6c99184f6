// Tell the format of a document from its bytes (and only then from its name).
import type { DocFormat } from '../document/model.js';

export type DetectedFormat = DocFormat | 'doc' | 'odt' | 'rtf' | 'zip' | 'binary' | 'empty' | 'json';

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

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0) return 'empty';
  // %PDF- may be preceded by a little junk; readers accept it within the first KiB.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
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
  const head = ascii(bytes, 0, 2048).replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(?:meta|head|body|table|p|div|h\d)[\s>]/.test(head)) {
    return 'html';
  }
  if (head.startsWith('{') && head.includes('"schemaVersion"')) return 'json';
  return 'txt';
}
