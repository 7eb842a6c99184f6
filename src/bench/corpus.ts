// The benchmark corpus: the fixture orders in every format, repeated with small variations
// (.txt: an extra closing line; .pdf: a comment after %%EOF; .docx: the same bytes under new names).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ORDERS = fileURLToPath(new URL('../../fixtures/orders/', import.meta.url));
const DOCUMENTS = ['000_634ec10432542fee', '001_905b539a19fec123', '002_cfd02bc2b9fd3aef', '003_77b42d29d9c320cf'];
export const FORMATS = ['txt', 'docx', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

/** Writes `counts[format]` documents of each format under dir/<format>/ and returns the folders. */
export function buildCorpus(dir: string, counts: Record<Format, number>): Record<Format, string> {
  rmSync(dir, { recursive: true, force: true });
  const out = {} as Record<Format, string>;
  for (const format of FORMATS) {
    const folder = join(dir, format);
    mkdirSync(folder, { recursive: true });
    const sources = DOCUMENTS.map((d) => readFileSync(join(ORDERS, `${d}.${format}`)));
    for (let i = 0; i < counts[format]; i++) {
      const src = sources[i % sources.length]!;
      const name = `${DOCUMENTS[i % DOCUMENTS.length]}-${String(i).padStart(4, '0')}.${format}`;
      writeFileSync(join(folder, name), vary(src, format, i));
    }
    out[format] = folder;
  }
  return out;
}

function vary(bytes: Buffer, format: Format, i: number): Buffer {
  if (format === 'txt') return Buffer.concat([bytes, Buffer.from(`\n\nЭкземпляр ${i + 1}\n`)]);
  if (format === 'pdf') return Buffer.concat([bytes, Buffer.from(`\n%variant ${i + 1}\n`)]);
  return bytes;
}
