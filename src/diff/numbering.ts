// Item and section numbers as places in a sequence: «2.10» is the 10th of scope «2.». A number that
// changed only because rows were added or removed before it («5» → «6» after one insertion) moved
// with its ordinal; that is not news. A number that changed otherwise is a renumbering.
import { numberScope } from '../normalize/item-number.js';

export interface NumberPlace {
  /** Everything before the last run of digits: «2.» for «2.10», «» for «10». */
  scope: string;
  /** The last run of digits as a number. */
  last: number;
  /** 1-based position among the numbers of the same scope, in document order. */
  ordinal: number;
}


/** The place of each number in its list; null for no number or one that does not end in digits («3а»). */
export function numberPlaces(numbers: ReadonlyArray<string | null>): Array<NumberPlace | null> {
  const seen = new Map<string, number>();
  return numbers.map((n) => {
    const place = n == null ? null : numberScope(n);
    if (!place) return null;
    const { scope, last } = place;
    const ordinal = (seen.get(scope) ?? 0) + 1;
    seen.set(scope, ordinal);
    return { scope, last, ordinal };
  });
}

/**
 * Whether number a became number b only through the shift of its ordinal (rows added, removed or moved
 * before it), with the scopes corresponding (the same, or the numbers of matched sections).
 */
export function shiftedOnly(
  a: NumberPlace | null,
  b: NumberPlace | null,
  scopesCorrespond: (scopeA: string, scopeB: string) => boolean = (x, y) => x === y,
): boolean {
  if (!a || !b) return false;
  if (!scopesCorrespond(a.scope, b.scope)) return false;
  return b.last - a.last === b.ordinal - a.ordinal;
}

/** A scope as a section number: «2.» → «2». */
export function scopeBody(scope: string): string {
  return scope.replace(/[.\s]+$/u, '');
}
