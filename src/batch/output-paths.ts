// Where each input's model goes in --out-dir: the input tree mirrored under the folder, names made
// safe and short enough, two inputs never sharing an output (nor the summary's name), nothing ever outside
// the folder.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface Placed {
  abs: string;
  /** Absolute output path, inside outDir. */
  out: string;
}

/** Longest file name most file systems take, in bytes (ext4, NTFS in UTF-16 units ≈ same). */
const MAX_NAME_BYTES = 255;

export function placeOutputs(inputs: Array<{ abs: string; root?: string }>, outDir: string, ext: string, reserved: string[] = []): Placed[] {
  const base = commonBase(inputs.map((i) => i.root ?? dirname(i.abs)));
  const out = resolve(outDir);
  const stems = inputs.map((i) => {
    const rel = relative(base, i.abs);
    const parts = (rel.startsWith('..') || isAbsolute(rel) ? basename(i.abs) : rel).split(sep).map(safeSegment);
    return { abs: i.abs, rel, dir: parts.slice(0, -1), name: parts[parts.length - 1]! };
  });
  // x.docx and x.pdf in one folder would both be x.json: keep the extension for those
  const byStem = new Map<string, number>();
  for (const s of stems) {
    const key = [...s.dir, stripExt(s.name)].join('/').toLowerCase();
    byStem.set(key, (byStem.get(key) ?? 0) + 1);
  }
  const stemOf = stems.map((s) => {
    const key = [...s.dir, stripExt(s.name)].join('/').toLowerCase();
    return safeStem((byStem.get(key) ?? 0) > 1 ? s.name : stripExt(s.name));
  });
  const pathOf = (k: number) => join(out, ...stems[k]!.dir, fitName(stemOf[k]!, ext));
  // The rule above still lets two inputs meet: a.txt.docx and a.txt (beside a.pdf) both make a.txt.json,
  // and names that differ only in characters safeSegment replaces make one name. Collisions are found on the
  // final names, as a file system that ignores case would see them, and those inputs keep their extension;
  // any still sharing a name get a hash of their own path.
  for (const widen of [(k: number) => safeStem(stems[k]!.name), (k: number) => `${safeStem(stems[k]!.name)}~${shortHash(stems[k]!.rel)}`]) {
    for (const group of collisions(stems.map((_, k) => pathOf(k)), reserved.map((r) => join(out, r)))) {
      for (const k of group) stemOf[k] = widen(k);
    }
  }
  const paths = stems.map((_, k) => pathOf(k));
  if (collisions(paths, reserved.map((r) => join(out, r))).length) throw new Error('two inputs would share an output name');
  return stems.map((s, k) => {
    if (!isInside(paths[k]!, out)) throw new Error(`output path escapes the output folder: ${paths[k]}`);
    return { abs: s.abs, out: paths[k]! };
  });
}

/** Groups of indexes whose paths are one name when case is ignored, or a reserved name. */
function collisions(paths: string[], reserved: string[]): number[][] {
  const byKey = new Map<string, number[]>();
  for (const r of reserved) byKey.set(r.toLowerCase(), [-1]);
  paths.forEach((p, k) => byKey.set(p.toLowerCase(), [...(byKey.get(p.toLowerCase()) ?? []), k]));
  return [...byKey.values()].filter((g) => g.length > 1).map((g) => g.filter((k) => k >= 0));
}

const shortHash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);

export function isInside(path: string, dir: string): boolean {
  const rel = relative(resolve(dir), resolve(path));
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}

function commonBase(dirs: string[]): string {
  if (dirs.length === 0) return process.cwd();
  let parts = resolve(dirs[0]!).split(sep);
  for (const d of dirs.slice(1)) {
    const q = resolve(d).split(sep);
    let i = 0;
    while (i < parts.length && i < q.length && parts[i] === q[i]) i++;
    parts = parts.slice(0, i);
  }
  return parts.join(sep) || sep;
}

function stripExt(name: string): string {
  const e = extname(name);
  return e && e.length < name.length ? name.slice(0, -e.length) : name;
}

/** A stem of dots only («..txt» -> «.») would make a hidden or odd name. */
function safeStem(stem: string): string {
  return /^\.*$/u.test(stem) ? `_${stem}` : stem;
}

/** No control characters, no path syntax, not «.» or «..». */
function safeSegment(segment: string): string {
  let s = segment.replace(/[\u0000-\u001f\u007f]/gu, '_').replace(/[/\\]/gu, '_');
  if (s === '' || s === '.' || s === '..') s = '_' + s;
  return s;
}

/** A name too long for the file system is cut (on a character boundary) and given a hash to stay unique. */
function fitName(stem: string, ext: string): string {
  const full = stem + ext;
  if (Buffer.byteLength(full) <= MAX_NAME_BYTES) return full;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, 12);
  const budget = MAX_NAME_BYTES - Buffer.byteLength(ext) - hash.length - 1;
  let cut = '';
  for (const ch of stem) {
    if (Buffer.byteLength(cut + ch) > budget) break;
    cut += ch;
  }
  return `${cut}~${hash}${ext}`;
}

/**
 * A path with its symbolic links resolved, as far as it exists (an output not yet written, in folders not
 * yet made): an --out-dir that links to the input folder then shows as the input folder.
 */
export function realPath(path: string): string {
  const rest: string[] = [];
  let at = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return resolve(path);
      rest.push(basename(at));
      at = up;
    }
  }
}
