// A list field (responsible parties, links) compared as sets under a key: who was added, who removed.
import type { ListChange } from './diff-result.js';

export function listChange(
  field: ListChange['field'],
  a: readonly string[],
  b: readonly string[],
  key: (s: string) => string,
): ListChange | null {
  const keysA = new Set(a.map(key));
  const keysB = new Set(b.map(key));
  const added = distinct(b.filter((s) => !keysA.has(key(s))), key);
  const removed = distinct(a.filter((s) => !keysB.has(key(s))), key);
  if (added.length === 0 && removed.length === 0) return null;
  return { field, a: [...a], b: [...b], added, removed };
}

function distinct(list: string[], key: (s: string) => string): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = key(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
