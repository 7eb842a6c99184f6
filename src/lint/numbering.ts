// Item numbering walked as a reader reads it: each number against the one before, within a section or
// running through sections, restarts at a section allowed. Shared by the numbering rules so they agree.
import { compareParts, missingBetween, numberParts } from '../normalize/item-number.js';
import type { Roadmap } from '../model/roadmap.js';

export type NumberingEvent =
  | { kind: 'gap'; index: number; prev: number; missing: string[] }
  | { kind: 'jump'; index: number; prev: number }
  | { kind: 'backwards'; index: number; prev: number }
  | { kind: 'duplicate'; index: number; first: number };

/** Gaps, jumps, backward steps and repeats in a roadmap's item numbers (items without a dotted number are skipped). */
export function numberingEvents(roadmap: Roadmap): NumberingEvent[] {
  const events: NumberingEvent[] = [];
  let seen = new Map<string, number>();
  let prev: { index: number; parts: number[]; section: string | null } | null = null;
  roadmap.items.forEach((item, index) => {
    const parts = item.number === null ? null : numberParts(item.number);
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
