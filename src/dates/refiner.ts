// The shape of a refiner (chrono-node's Refiner): it takes the mentions in text order and returns them merged,
// marked or resolved, noting what it could not do.
import type { Context } from './context.js';
import type { TimeframeDiagnostic } from './diagnostics.js';
import type { Mention } from './mention.js';
import type { ParseText } from './parse-text.js';

export type Refiner = (
  mentions: Mention[],
  text: ParseText,
  ctx: Context,
  diagnostics: TimeframeDiagnostic[],
) => Mention[];

export function byPosition(a: Mention, b: Mention): number {
  return a.index - b.index || b.end - a.end;
}
