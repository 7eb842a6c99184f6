// Deflate data for `mb` MiB of zeros without allocating them: one MiB deflated and full-flushed
// (byte-aligned, no back-references into earlier data) is a chunk that can be repeated at will.
import { constants, deflateRawSync } from 'node:zlib';

const MIB = 1024 * 1024;
let chunk: Buffer | null = null;

/** About mb/1000 MiB of deflate data; `zlib` adds the header and the Adler-32 that PDF's FlateDecode expects. */
export function zerosDeflated(mb: number, format: 'raw' | 'zlib'): Buffer {
  chunk ??= deflateRawSync(Buffer.alloc(MIB), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // a final empty stored block ends the stream
  const body = Buffer.concat([...Array.from({ length: mb }, () => chunk!), Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff])]);
  if (format === 'raw') return body;
  // the Adler-32 of n bytes of zeros is a = 1, b = n mod 65521
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE(((((mb * MIB) % 65521) << 16) | 1) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0xda]), body, adler]);
}
