// A tiny PDF writer for the hostile-input tests: numbered objects, streams with their /Length, a
// classic xref table with correct byte offsets, RC4 encryption by the standard security handler
// (revision 2, what old Acrobat wrote) and incremental updates appended to an existing file.
import { createHash } from 'node:crypto';

/** An object body: a plain object (`<< … >>`, `[…]`, a number) or a dictionary with a stream. */
export type PdfObject = string | { dict: string; stream: Uint8Array | string };

export interface Encryption {
  user: string;
  owner: string;
  /** The /P permission bits (-44: no printing, copying or changing). */
  permissions: number;
}

export interface PdfOptions {
  /** Trailer entries besides /Size and /ID, e.g. `/Root 1 0 R`. */
  trailer: string;
  encrypt?: Encryption;
}

const latin1 = (s: string) => Buffer.from(s, 'latin1');

/** Objects are numbered from 1 in the order given. */
export function buildPdf(objects: PdfObject[], options: PdfOptions): Uint8Array {
  const id = createHash('md5').update(JSON.stringify(objects.map((o) => (typeof o === 'string' ? o : o.dict)))).digest();
  const crypt = options.encrypt ? standardSecurity(options.encrypt, id) : null;
  const all: PdfObject[] = crypt ? [...objects, crypt.dict] : objects;
  const parts: Buffer[] = [latin1('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  all.forEach((o, i) => {
    const num = i + 1;
    offsets.push(offset);
    let chunk: Buffer;
    if (typeof o === 'string') chunk = latin1(`${num} 0 obj\n${o}\nendobj\n`);
    else {
      let data: Buffer = typeof o.stream === 'string' ? latin1(o.stream) : Buffer.from(o.stream);
      // streams only: strings inside dictionaries are written as they are (the encrypted cases have none)
      if (crypt) data = rc4(crypt.objectKey(num), data);
      const dict = o.dict.replace(/^<<|>>$/gu, '');
      chunk = Buffer.concat([latin1(`${num} 0 obj\n<<${dict} /Length ${data.length}>>\nstream\n`), data, latin1('\nendstream\nendobj\n')]);
    }
    parts.push(chunk);
    offset += chunk.length;
  });
  const encryptRef = crypt ? ` /Encrypt ${all.length} 0 R` : '';
  const hex = id.toString('hex');
  parts.push(xrefSection(offsets, 0), latin1(`trailer\n<< /Size ${all.length + 1} ${options.trailer}${encryptRef} /ID [<${hex}> <${hex}>] >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** An xref table for objects first+1 … first+n (and object 0, the head of the free list, when first is 0). */
function xrefSection(offsets: number[], first: number): Buffer {
  const line = (o: number) => `${String(o).padStart(10, '0')} 00000 n \n`;
  if (first === 0) return latin1(`xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${offsets.map(line).join('')}`);
  return latin1(`xref\n${offsets.map((o, i) => `${first + i + 1} 1\n${line(o)}`).join('')}`);
}

/**
 * An incremental update: objects replaced or added (by number) after the end of `base`, with an xref
 * section of their own whose /Prev points at the original one, as a PDF editor saves a change.
 */
export function appendUpdate(base: Uint8Array, changed: Record<number, string>): Uint8Array {
  const text = Buffer.from(base).toString('latin1');
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/u.exec(text)?.[1]);
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref\s+\d+\s+%%EOF\s*$/u.exec(text)?.[1];
  if (!Number.isFinite(prev) || trailer === undefined) throw new Error('appendUpdate: the base has no classic trailer');
  const size = Number(/\/Size\s+(\d+)/u.exec(trailer)?.[1]);
  const root = /\/Root\s+(\d+ \d+ R)/u.exec(trailer)?.[1];
  const nums = Object.keys(changed).map(Number).sort((a, b) => a - b);
  const parts: Buffer[] = [Buffer.from(base), latin1('\n')];
  let offset = base.length + 1;
  const lines: string[] = [];
  for (const n of nums) {
    const chunk = latin1(`${n} 0 obj\n${changed[n]}\nendobj\n`);
    lines.push(`${n} 1\n${String(offset).padStart(10, '0')} 00000 n \n`);
    parts.push(chunk);
    offset += chunk.length;
  }
  const newSize = Math.max(size, nums.at(-1)! + 1);
  parts.push(latin1(`xref\n${lines.join('')}trailer\n<< /Size ${newSize} /Root ${root} /Prev ${prev} >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** The body of object `num` in a PDF written with plain (not compressed) objects. */
export function objectBody(pdf: Uint8Array, num: number): string {
  const text = Buffer.from(pdf).toString('latin1');
  const m = new RegExp(`(?:^|\\s)${num} 0 obj\\s*([\\s\\S]*?)\\s*endobj`, 'u').exec(text);
  if (!m) throw new Error(`object ${num} not found`);
  return m[1]!;
}

const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

function padded(password: string): Buffer {
  return Buffer.concat([latin1(password), PAD]).subarray(0, 32);
}

const md5 = (...parts: Buffer[]) => createHash('md5').update(Buffer.concat(parts)).digest();

/** The standard security handler, revision 2 (40-bit RC4): the Encrypt dictionary and per-object keys. */
function standardSecurity(e: Encryption, id: Buffer): { dict: string; objectKey: (num: number) => Buffer } {
  const o = rc4(md5(padded(e.owner)).subarray(0, 5), padded(e.user));
  const p = Buffer.alloc(4);
  p.writeInt32LE(e.permissions);
  const key = md5(padded(e.user), o, p, id).subarray(0, 5);
  const u = rc4(key, PAD);
  return {
    dict: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${e.permissions} >>`,
    objectKey: (num) => {
      const suffix = Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0]);
      return md5(key, suffix).subarray(0, 10);
    },
  };
}

/** RC4, which Node's OpenSSL 3 no longer offers by default. */
export function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}
