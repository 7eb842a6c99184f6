// Command-line inputs -> files: plain paths as given, folders walked recursively (regular files only),
// and globs («plans/**/*.docx») expanded here, since Node 20 has no fs.glob.
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isTempName } from './atomic-write.js';
import { GlobError, compileGlob } from './glob.js';

export interface Input {
  /** The path as the user would write it (relative to cwd when it was given so). */
  path: string;
  /** Absolute path. */
  abs: string;
  /** For files found in a folder or by a glob: the folder walked, to mirror the tree in outputs. */
  root?: string;
}

export interface ExpandOptions {
  cwd: string;
  /** Folders never entered (absolute), e.g. an output folder inside the input. */
  exclude?: string[];
  /** File name extensions to take when walking folders (lowercase, with the dot); all when absent. */
  extensions?: string[];
}

const GLOB = /[*?[\]{}]/u;

export async function expandInputs(args: string[], options: ExpandOptions): Promise<{ inputs: Input[]; missing: string[] }> {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const seen = new Set<string>();
  const add = (input: Input) => {
    if (seen.has(input.abs)) return;
    seen.add(input.abs);
    inputs.push(input);
  };
  for (const arg of args) {
    if (GLOB.test(arg)) {
      const found = await expandGlob(arg, options);
      if (found.length === 0) missing.push(arg);
      found.forEach(add);
      continue;
    }
    const abs = resolve(options.cwd, arg);
    let info;
    try {
      info = await stat(abs);
    } catch {
      // not there: the caller reports it as the file it is
      add({ path: arg, abs });
      continue;
    }
    if (info.isDirectory()) {
      for (const f of await walk(abs, options)) add({ path: join(arg, relative(abs, f)), abs: f, root: abs });
    } else add({ path: arg, abs });
  }
  return { inputs, missing };
}

/** Regular files under a folder, sorted; symbolic links, FIFOs, devices and excluded folders skipped. */
export async function walk(dir: string, options: ExpandOptions): Promise<string[]> {
  const out: string[] = [];
  const exclude = new Set((options.exclude ?? []).map((p) => resolve(p)));
  const visit = async (d: string): Promise<void> => {
    if (exclude.has(d)) return;
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if (e.isFile()) {
        if (isTempName(e.name)) continue;
        if (options.extensions && !options.extensions.some((x) => e.name.toLowerCase().endsWith(x))) continue;
        out.push(p);
      }
    }
  };
  await visit(dir);
  return out;
}

async function expandGlob(pattern: string, options: ExpandOptions): Promise<Input[]> {
  const absPattern = resolve(options.cwd, pattern);
  const parts = absPattern.split(sep);
  const fixed: string[] = [];
  for (const p of parts) {
    if (GLOB.test(p)) break;
    fixed.push(p);
  }
  const base = fixed.join(sep) || sep;
  let matches;
  try {
    matches = compileGlob(absPattern.slice(base.length).replace(/^[/\\]/u, ''));
  } catch (e) {
    // a malformed pattern matches nothing: the caller reports «no files match»
    if (e instanceof GlobError) return [];
    throw e;
  }
  let info;
  try {
    info = await lstat(base);
  } catch {
    return [];
  }
  if (!info.isDirectory()) return [];
  const files = await walk(base, { ...options, extensions: undefined });
  return files
    .filter((f) => matches(relative(base, f).split(sep).join('/')))
    .map((f) => ({ path: relative(options.cwd, f) || f, abs: f, root: base }));
}
