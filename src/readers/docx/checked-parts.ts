// The archive as mammoth reads it: the parts the zip guard already inflated and checked, so mammoth
// does not inflate the archive a second time (with jszip, which has no size cap), and document.xml
// without the formatting the reader never uses (unused-formatting.ts). mammoth takes such a file
// object in place of a buffer (`{ file }`, its own zip abstraction: exists, read, write).
import type { Limits } from '../limits.js';
import { dropUnusedFormatting } from './unused-formatting.js';
import { inflateEntry, type CheckedArchive } from './zip-guard.js';

export interface MammothFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  write(name: string, contents: string): void;
}

export function checkedParts(bytes: Uint8Array, archive: CheckedArchive, limits: Limits): MammothFile {
  const entries = new Map(archive.entries.map((e) => [e.name, e]));
  const written = new Map<string, string>();
  const raw = (name: string): Uint8Array => archive.xml.get(name) ?? inflateEntry(bytes, entries.get(name)!, limits);
  return {
    exists: (name) => written.has(name) || entries.has(name),
    async read(name, encoding) {
      const text = written.get(name);
      if (text !== undefined) return encoding ? text : Buffer.from(text, 'utf8');
      if (!entries.has(name)) throw new Error(`the archive has no part ${name}`);
      const data = raw(name);
      if (!encoding) return data;
      if (encoding === 'base64') return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
      const xml = new TextDecoder(encoding).decode(data);
      return name === 'word/document.xml' ? dropUnusedFormatting(xml) : xml;
    },
    write: (name, contents) => void written.set(name, contents),
  };
}
