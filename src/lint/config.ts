// .roadmaprc.yaml: rules turned off or given another severity, the plan year, an as-of date, paths to
// ignore. Found upward from the working directory like other linters' configs, or named with --config.
// Every mistake in it is a ConfigError naming the file, line and column.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { GlobError, compileGlob } from '../io/glob.js';
import { firstTooDeep, MAX_CONFIG_BYTES } from './config-bounds.js';
import { PARSER_CODES } from './parser-codes.js';
import { RULES } from './registry.js';
import type { RuleSetting } from './runner.js';

export const CONFIG_NAMES = ['.roadmaprc.yaml', '.roadmaprc.yml'] as const;

export interface LintConfig {
  /** The config file read, or null for the defaults. */
  file: string | null;
  /** The folder ignore patterns are relative to: the config file's, else the working directory. */
  dir: string;
  rules: Record<string, RuleSetting>;
  planYear: number | null;
  /** An ISO day, or «today» (resolved when the run starts). */
  asOf: string | null;
  ignore: string[];
}

export class ConfigError extends Error {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  constructor(file: string, message: string, at?: { line: number; column?: number }) {
    super(message);
    this.name = 'ConfigError';
    this.file = file;
    if (at) {
      this.line = at.line;
      if (at.column !== undefined) this.column = at.column;
    }
  }

  /** «.roadmaprc.yaml:4:3: unknown rule «foo»». */
  get where(): string {
    return `${this.file}${this.line !== undefined ? `:${this.line}` : ''}${this.column !== undefined ? `:${this.column}` : ''}`;
  }
}

export function defaultConfig(cwd: string): LintConfig {
  return { file: null, dir: cwd, rules: {}, planYear: null, asOf: null, ignore: [] };
}

/** The nearest .roadmaprc.yaml (or .yml) in `cwd` or a folder above it, or null. */
export async function findConfig(cwd: string): Promise<string | null> {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      try {
        if ((await stat(p)).isFile()) return p;
      } catch {
        // not here
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Read and check a config file; `shown` is the name used in messages (the path as the user gave it). */
export async function loadConfig(path: string, shown = path): Promise<LintConfig> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ConfigError(shown, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? String(e)})`);
  }
  if (!info.isFile()) throw new ConfigError(shown, 'not a regular file');
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError(shown, `the file is ${info.size} bytes; a config may have at most ${MAX_CONFIG_BYTES}`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new ConfigError(shown, `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  return { ...parseConfig(text, shown), dir: dirname(resolve(path)) };
}

const KNOWN_CODES = new Set([...RULES.map((r) => r.meta.id), ...Object.keys(PARSER_CODES)]);
const SETTINGS: Record<string, RuleSetting> = { off: 'off', info: 'info', warning: 'warning', warn: 'warning', error: 'error' };
const KEYS = ['rules', 'planYear', 'asOf', 'ignore'] as const;

/** Check a config's text (bounded first, then parsed with positions). */
export function parseConfig(text: string, file: string): LintConfig {
  if (Buffer.byteLength(text, 'utf8') > MAX_CONFIG_BYTES) throw new ConfigError(file, `the file is over ${MAX_CONFIG_BYTES} bytes`);
  const deep = firstTooDeep(text);
  if (deep) throw new ConfigError(file, `nested ${deep.depth} levels deep; a config needs two`, { line: deep.line });

  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (node: unknown): { line: number; column: number } | undefined => {
    const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
    if (!range) return undefined;
    const p = lines.linePos(range[0]);
    return { line: p.line, column: p.col };
  };
  const fail = (message: string, node: unknown): never => {
    throw new ConfigError(file, message, at(node));
  };
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const p = lines.linePos(e.pos[0]);
    throw new ConfigError(file, `not valid YAML: ${e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}`, { line: p.line, column: p.col });
  }

  const config: LintConfig = { file, dir: '', rules: {}, planYear: null, asOf: null, ignore: [] };
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return config;
  if (!isMap(root)) return fail('the config must be a mapping of keys (rules, planYear, asOf, ignore)', root);

  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : null;
    const value = pair.value as Node | null;
    if (key === null || !(KEYS as readonly string[]).includes(key)) {
      fail(`unknown key «${key ?? '?'}»; a config may set ${KEYS.join(', ')}`, pair.key);
    }
    if (key === 'rules') {
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (!isMap(value)) fail('«rules» must map rule ids to off, info, warning or error', value ?? pair.key);
      for (const rule of (value as { items: Pair[] }).items) {
        const id = isScalar(rule.key) ? String(rule.key.value) : '';
        if (!KNOWN_CODES.has(id)) fail(`unknown rule «${id}»${suggest(id)}`, rule.key);
        const v = rule.value as Node | null;
        const setting = isScalar(v) ? SETTINGS[String(v.value).toLowerCase()] : undefined;
        if (setting === undefined) fail(`rule «${id}»: «${isScalar(v) ? String(v.value) : 'a collection'}» is no setting; use off, info, warning or error`, v ?? rule.key);
        config.rules[id] = setting!;
      }
    } else if (key === 'planYear') {
      const v = isScalar(value) ? value.value : undefined;
      const year = typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}$/u.test(v) ? Number(v) : NaN;
      if (!Number.isInteger(year) || year < 1900 || year > 2200) fail(`planYear: «${String(v ?? '')}» is not a year`, value ?? pair.key);
      config.planYear = year;
    } else if (key === 'asOf') {
      const v = isScalar(value) ? String(value.value) : '';
      const day = checkAsOf(v);
      if (day === null) fail(`asOf: «${v}» is not a day; write YYYY-MM-DD or today`, value ?? pair.key);
      config.asOf = day;
    } else if (key === 'ignore') {
      const list = isSeq(value) ? value.items : [value];
      for (const item of list) {
        if (!isScalar(item) || typeof item.value !== 'string' || item.value.trim() === '') fail('ignore: each entry must be a path or glob pattern', item ?? pair.key);
        const pattern = (item as { value: string }).value.trim();
        try {
          compileGlob(pattern.replace(/^\.\//u, '').replace(/\/+$/u, ''));
        } catch (e) {
          if (e instanceof GlobError) fail(`ignore: ${e.message}`, item);
          throw e;
        }
        config.ignore.push(pattern);
      }
    }
  }
  return config;
}

/** An ISO calendar day, or «today»; anything else is null. */
export function checkAsOf(value: string): string | null {
  const v = value.trim();
  if (v.toLowerCase() === 'today') return 'today';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(v);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v ? v : null;
}

/** «; did you mean «result-missing»?» for a near miss. */
function suggest(id: string): string {
  let best: string | null = null;
  let bestDistance = 4;
  for (const known of KNOWN_CODES) {
    const d = distance(id, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  return best ? `; did you mean «${best}»?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
