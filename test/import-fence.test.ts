// The layers stay honest: format libraries only in readers, chrono-node only in the benchmark, commander only
// in the CLI, and extractors know nothing of file formats. The folders import downwards only (see
// docs/ARCHITECTURE.md): batch and io never reach into the CLI; io never into batch; the uses of a model
// (lint, diff, report, item-status) never into batch or the extractors' internals; readers only through
// readers/index.ts from outside, and one format's reader not into another's (docx reads through html).
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

/** The modules a file imports from src/, as paths relative to src/ (`cli/run.ts`). */
function localImports(file: { path: string; text: string }): string[] {
  return imports(file.text)
    .filter((i) => i.startsWith('.'))
    .map((i) => relative(join(ROOT, 'src'), join(ROOT, 'src', file.path, '..', i)).replace(/\.js$/u, '.ts'));
}

/** Files under `from` that import a module matching `to` (one line each: «file → module»). */
function crossings(from: RegExp, to: RegExp): string[] {
  return FILES.filter((f) => from.test(f.path)).flatMap((f) =>
    localImports(f)
      .filter((t) => to.test(t))
      .map((t) => `${f.path} → ${t}`),
  );
}

const FENCES: Array<{ pkg: RegExp; allowed: RegExp }> = [
  { pkg: /^(?:mammoth|pdf-parse|pdfjs-dist|cheerio|jszip)(?:\/|$)/u, allowed: /^(?:readers\/|bench\/)/u },
  { pkg: /^chrono-node(?:\/|$)/u, allowed: /^bench\//u },
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

  it('batch and io never import the CLI; io never imports batch', () => {
    expect(crossings(/^(?:batch|io)\//u, /^cli\//u)).toEqual([]);
    expect(crossings(/^io\//u, /^batch\//u)).toEqual([]);
  });

  it('lint, diff, report and status import neither batch nor the extractors\' internals', () => {
    expect(crossings(/^(?:lint|diff|report|item-status)\//u, /^(?:batch\/|extract\/(?!index\.ts$))/u)).toEqual([]);
  });

  it('outside readers/, a reader is reached through readers/index.ts (and its limits)', () => {
    expect(crossings(/^(?!readers\/|bench\/)/u, /^readers\/(?!index\.ts$|limits\.ts$)/u)).toEqual([]);
  });

  it('one format\'s reader does not import another\'s (a .docx is read through the HTML reader)', () => {
    const docxThroughHtml = (file: string, target: string) => file.startsWith('readers/docx/') && target.startsWith('readers/html/');
    const fmt = (p: string) => /^readers\/(docx|html|pdf|txt)\//u.exec(p)?.[1];
    const offenders = FILES.filter((f) => fmt(f.path)).flatMap((f) =>
      localImports(f)
        .filter((t) => fmt(t) && fmt(t) !== fmt(f.path) && !docxThroughHtml(f.path, t))
        .map((t) => `${f.path} → ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('benchmark code stays in bench/: no production module imports it', () => {
    expect(crossings(/^(?!bench\/)/u, /^bench\//u)).toEqual([]);
  });

  it('the library writes nothing to the console and never exits the process', () => {
    const offenders = FILES.filter(
      (f) => !/^(?:cli\/|bench\/|tools\/|batch\/worker\.ts$)/u.test(f.path) && /\bconsole\.(?:log|error|warn)\(|process\.exit\(/u.test(f.text),
    ).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
