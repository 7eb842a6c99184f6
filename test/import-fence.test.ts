// The layers stay honest: format libraries only in readers, chrono-node only in the date parser,
// commander only in the CLI, and extractors know nothing of file formats.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const FILES = sources(join(ROOT, 'src')).map((p) => ({ path: relative(join(ROOT, 'src'), p), text: readFileSync(p, 'utf8') }));
const imports = (text: string) => [...text.matchAll(/(?:from\s+|import\(\s*)['"]([^'"]+)['"]/gu)].map((m) => m[1]!);

const FENCES: Array<{ pkg: RegExp; allowed: RegExp }> = [
  { pkg: /^(?:mammoth|pdf-parse|pdfjs-dist|cheerio|jszip)(?:\/|$)/u, allowed: /^(?:readers\/|bench\/)/u },
  { pkg: /^chrono-node(?:\/|$)/u, allowed: /^(?:dates\/|bench\/)/u },
  { pkg: /^commander(?:\/|$)/u, allowed: /^cli\//u },
];

describe('import fences', () => {
  it.each(FENCES)('$pkg is imported only where allowed ($allowed)', ({ pkg, allowed }) => {
    const offenders = FILES.filter((f) => !allowed.test(f.path) && imports(f.text).some((i) => pkg.test(i))).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('extractors import no reader', () => {
    const offenders = FILES.filter((f) => f.path.startsWith('extract/') && imports(f.text).some((i) => /readers\//u.test(i))).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('the library writes nothing to the console and never exits the process', () => {
    const offenders = FILES.filter(
      (f) => !/^(?:cli\/|bench\/|tools\/|batch\/worker\.ts$)/u.test(f.path) && /\bconsole\.(?:log|error|warn)\(|process\.exit\(/u.test(f.text),
    ).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
