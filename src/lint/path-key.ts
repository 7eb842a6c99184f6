// JSON paths as users read them («roadmaps[0].items[3].timeframe»), one spelling for findings and positions.
import type { PathSegment } from './rule.js';

export function pathKey(path: readonly PathSegment[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}
