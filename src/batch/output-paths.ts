// Where each input's model goes in --out-dir: the input tree mirrored under the folder, names made
// safe and short enough, two inputs never sharing an output, nothing ever outside the folder.
import { createHash } from 'node:crypto';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export interface Placed {
  abs: string;
  /** Absolute output path, inside outDir. */
  out: string;
}

/** Longest file name most file systems take, in bytes (ext4, NTFS in UTF-16 units ≈ same). */
const MAX_NAME_BYTES = 255;

export function placeOutputs(inputs: Array<{ abs: string; root?: string }>, outDir: string, ext: string): Placed[] {
  const base = commonBase(inputs.map((i) => i.root ?? dirname(i.abs)));
  const out = resolve(outDir);
  const stems = inputs.map((i) => {
    const rel = relative(base, i.abs);
    const parts = (rel.startsWith('..') || isAbsolute(rel) ? basename(i.abs) : rel).split(sep).map(safeSegment);
    return { abs: i.abs, dir: parts.slice(0, -1), name: parts[parts.length - 1]! };
  });
  // x.docx and x.pdf in one folder would both be x.json: keep the extension for those
  const byStem = new Map<string, number>();
  for (const s of stems) {
    const key = [...s.dir, stripExt(s.name)].join('/').toLowerCase();
    byStem.set(key, (byStem.get(key) ?? 0) + 1);
  }
  return stems.map((s) => {
    const key = [...s.dir, stripExt(s.name)].join('/').toLowerCase();
    const stem = safeStem((byStem.get(key) ?? 0) > 1 ? s.name : stripExt(s.name));
    const path = join(out, ...s.dir, fitName(stem, ext));
    if (!isInside(path, out)) throw new Error(`output path escapes the output folder: ${path}`);
    return { abs: s.abs, out: path };
  });
}

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
