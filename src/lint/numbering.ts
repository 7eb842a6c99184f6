// Item numbering walked as a reader reads it: each number against the one before, within a section or
// running through sections, restarts at a section allowed. Shared by the numbering rules so they agree.
import { numberParts } from '../extract/roadmap/item-number.js';
import type { Roadmap } from '../model/roadmap.js';

export type NumberingEvent =
  | { kind: 'gap'; index: number; prev: number; missing: string[] }
  | { kind: 'jump'; index: number; prev: number }
  | { kind: 'backwards'; index: number; prev: number }
  | { kind: 'duplicate'; index: number; first: number };

/** -1, 0 or 1: numeric order of dotted numbers, a prefix coming first («1» < «1.1» < «1.2» < «2»). */
export function compareParts(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The numbers that would come between a and b, when they are in one list (at most five listed). */
export function missingBetween(a: readonly number[], b: readonly number[]): string[] | null {
  const list = (prefix: readonly number[], from: number, to: number) => {
    const out: string[] = [];
    for (let v = from; v < to && out.length < 5; v++) out.push([...prefix, v].join('.'));
    return out;
  };
  const bPrefix = b.slice(0, -1);
  const bLast = b.at(-1)!;
  // the same list: 1.2 -> 1.5
  if (a.length === b.length && compareParts(a.slice(0, -1), bPrefix) === 0) return bLast > a.at(-1)! + 1 ? list(bPrefix, a.at(-1)! + 1, bLast) : [];
  // a sub-list opening late: 2 -> 2.3
  if (b.length === a.length + 1 && compareParts(a, bPrefix) === 0) return bLast > 1 ? list(bPrefix, 1, bLast) : [];
  // the next list opening late: 1.3 -> 2.2
  if (a.length === b.length && a.length > 1) {
    const next = [...a.slice(0, -2), a.at(-2)! + 1];
    if (compareParts(next, bPrefix) === 0) return bLast > 1 ? list(bPrefix, 1, bLast) : [];
  }
  // back up a level: 1.3 -> 3
  if (b.length < a.length && compareParts(a.slice(0, b.length - 1), bPrefix) === 0) {
    const from = a[b.length - 1]! + 1;
    return bLast > from ? list(bPrefix, from, bLast) : [];
  }
  return null;
}

/** Gaps, jumps, backward steps and repeats in a roadmap's item numbers (items without a dotted number are skipped). */
export function numberingEvents(roadmap: Roadmap): NumberingEvent[] {
  const events: NumberingEvent[] = [];
  let seen = new Map<string, number>();
  let prev: { index: number; parts: number[]; section: string | null } | null = null;
  roadmap.items.forEach((item, index) => {
    const parts = item.number === null ? null : numberParts(item.number.replace(/\.$/u, ''));
    if (!parts) return;
    const key = parts.join('.');
    if (prev) {
      const order = compareParts(parts, prev.parts);
      const newSection = item.section !== prev.section;
      // numbering that starts again in each section: «1» opening section B after «5» in section A
      if (newSection && order < 0 && key === '1') seen = new Map();
      else if (order < 0) events.push({ kind: 'backwards', index, prev: prev.index });
      else if (order > 0) {
        const missing = missingBetween(prev.parts, parts);
        if (missing === null) events.push({ kind: 'jump', index, prev: prev.index });
        else if (missing.length > 0) events.push({ kind: 'gap', index, prev: prev.index, missing });
      }
    }
    const first = seen.get(key);
    if (first !== undefined) events.push({ kind: 'duplicate', index, first });
    else seen.set(key, index);
    prev = { index, parts, section: item.section };
  });
  return events;
}
