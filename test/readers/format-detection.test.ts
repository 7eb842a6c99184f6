// The format is told by the bytes, not the name: a PDF saved as .txt is read as a PDF; old Word,
// OpenDocument and RTF files get "not supported yet" (the .doc/.odt/.rtf are LibreOffice's saves of
// fixtures/variants/merged-cells.docx).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRoadmapError } from '../../src/errors.js';
import { detectFormat } from '../../src/readers/detect.js';
import { readDocument } from '../../src/readers/index.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';

async function failure(bytes: Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await readDocument(bytes);
  } catch (e) {
    if (isRoadmapError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('read without error');
}

describe('format detection', () => {
  it('a PDF named .txt is read as a PDF', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'roadmap-detect-')), 'order.txt');
    writeFileSync(file, readFileSync(`${ORDERS}002_cfd02bc2b9fd3aef.pdf`));
    const model = await readDocument(readFileSync(file));
    expect(model.format).toBe('pdf');
    expect(model.pages).toBe(4);
    expect(model.blocks.some((b) => b.kind === 'table')).toBe(true);
  });

  it('a .docx named anything is a .docx', () => {
    expect(detectFormat(readFileSync(`${ORDERS}000_634ec10432542fee.docx`))).toBe('docx');
  });

  it.each([
    ['merged-cells.doc', 'doc', /\.doc.*convert it to \.docx/u],
    ['merged-cells.odt', 'odt', /OpenDocument.*convert it to \.docx/u],
    ['merged-cells.rtf', 'rtf', /RTF.*convert it to \.docx/u],
  ])('%s is %s: unsupported-format, with what to do', async (name, format, message) => {
    const bytes = readFileSync(`${FIXTURES}variants/${name}`);
    expect(detectFormat(bytes)).toBe(format);
    const f = await failure(bytes);
    expect(f.code).toBe('unsupported-format');
    expect(f.message).toMatch(message);
  });

  it('a password-protected Office file (OLE2 with an EncryptedPackage stream) is told from an old .doc', () => {
    const ole = Buffer.alloc(2048);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1024);
    expect(detectFormat(ole)).toBe('encrypted-office');
    expect(detectFormat(readFileSync(`${FIXTURES}variants/merged-cells.doc`))).toBe('doc');
  });

  it('HTML after an XML declaration or a comment, and a roadmap JSON, are recognised', () => {
    const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
    expect(detectFormat(bytes('<?xml version="1.0"?>\n<!DOCTYPE html><html><body><p>x</p></body></html>'))).toBe('html');
    expect(detectFormat(bytes('<!-- saved page -->\n<html><body>x</body></html>'))).toBe('html');
    expect(detectFormat(bytes('{\n  "schemaVersion": "1.0",\n  "source": {}\n}'))).toBe('json');
    expect(detectFormat(bytes('ПРИКАЗ\n№ 1'))).toBe('txt');
  });
});
