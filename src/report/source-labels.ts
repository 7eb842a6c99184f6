// Short names for the sources of a combined report: the file name, or the path as given when two
// inputs share a file name (plans/ustyuzhna/plan.docx and plans/babaevo/plan.docx).
import { basename } from 'node:path';

export function sourceLabels(paths: readonly string[]): string[] {
  const names = paths.map((p) => basename(p));
  const count = new Map<string, number>();
  for (const n of names) count.set(n, (count.get(n) ?? 0) + 1);
  return paths.map((p, i) => (count.get(names[i]!)! > 1 ? p : names[i]!));
}
