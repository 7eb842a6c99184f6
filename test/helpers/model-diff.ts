// Field-by-field comparison of a parsed model with an expected one, as a list of differences with
// their JSON paths, so a golden test can print exactly what differs.

export interface Difference {
  path: string;
  expected: unknown;
  actual: unknown;
}

export interface CompareOptions {
  /** Keys skipped wherever they appear (e.g. "at", "sha256"). */
  ignoreKeys?: string[];
}

export function compareModels(expected: unknown, actual: unknown, options: CompareOptions = {}): Difference[] {
  const out: Difference[] = [];
  walk(expected, actual, '', new Set(options.ignoreKeys ?? []), out);
  return out;
}

function walk(e: unknown, a: unknown, path: string, ignore: Set<string>, out: Difference[]): void {
  if (Array.isArray(e) && Array.isArray(a)) {
    const n = Math.max(e.length, a.length);
    for (let i = 0; i < n; i++) walk(e[i], a[i], `${path}[${i}]`, ignore, out);
    return;
  }
  if (isObject(e) && isObject(a)) {
    const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
    for (const k of keys) {
      if (ignore.has(k)) continue;
      walk(e[k], a[k], path ? `${path}.${k}` : k, ignore, out);
    }
    return;
  }
  if (!Object.is(e, a)) out.push({ path, expected: e, actual: a });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function formatDifferences(diffs: Difference[], limit = 60): string {
  const show = (v: unknown) => (v === undefined ? '(missing)' : JSON.stringify(v)?.slice(0, 300));
  return diffs
    .slice(0, limit)
    .map((d) => `  ${d.path}\n      expected ${show(d.expected)}\n      actual   ${show(d.actual)}`)
    .join('\n') + (diffs.length > limit ? `\n  … and ${diffs.length - limit} more` : '');
}
