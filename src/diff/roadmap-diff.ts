// One roadmap table against another: title, period, columns, sections, every item matched or not,
// and — when one side is a report on the other — the planned items with no report entry.
import type { Column, Item, Roadmap, Span } from '../model/index.js';
import type { Counts, ItemEntry, ItemRef, Move, ReportCheck, RoadmapDiff } from './diff-result.js';
import { fieldChanges } from './field-changes.js';
import { matchItems } from './item-matching.js';
import { longestChain } from './longest-chain.js';
import { numberPlaces, scopeBody, shiftedOnly } from './numbering.js';
import { hasReport, reportCheck } from './plan-report.js';
import { matchSections, sectionIndexer } from './section-matching.js';
import { sideBySide } from './side-by-side.js';
import { wordingKey } from './wording.js';

const EMPTY: Roadmap = { title: null, period: null, columns: [], sections: [], items: [] };

export function diffRoadmap(ra: Roadmap | null, rb: Roadmap | null, indexA: number | null, indexB: number | null): RoadmapDiff {
  const a = ra ?? EMPTY;
  const b = rb ?? EMPTY;
  const matching = matchItems(a.items, b.items);
  const pairs = matching.pairs;

  const sectionOfA = a.items.map(sectionIndexer(a.sections));
  const sectionOfB = b.items.map(sectionIndexer(b.sections));
  const sections = matchSections(a.sections, b.sections, sectionOfA, sectionOfB, pairs);
  const sectionNumbers = new Set(
    [...sections.aToB].map(([x, y]) => `${wordingKey(a.sections[x]!.number)}|${wordingKey(b.sections[y]!.number)}`),
  );
  const scopesCorrespond = (sa: string, sb: string) =>
    sa === sb || sectionNumbers.has(`${wordingKey(scopeBody(sa))}|${wordingKey(scopeBody(sb))}`);

  const reportSide = ra && rb ? (hasReport(b) && !hasReport(a) ? 'b' : hasReport(a) && !hasReport(b) ? 'a' : null) : null;
  const ref = (side: 'a' | 'b', index: number): ItemRef => itemRef((side === 'a' ? a : b).items[index]!, index);

  const chain = longestChain(pairs);
  const placesA = numberPlaces(a.items.map((i) => i.number));
  const placesB = numberPlaces(b.items.map((i) => i.number));
  const pairByA = new Map(pairs.map((p, i) => [p.a, { pair: p, inChain: chain.has(i) }]));

  // A plan that gained or lost its sections altogether says so in its section entries; its items did not move.
  const bothSectioned = a.sections.length > 0 && b.sections.length > 0;
  const movedSection = (ia: number, ib: number): boolean => {
    const secA = sectionOfA[ia]!;
    const secB = sectionOfB[ib]!;
    if (secA >= 0 || secB >= 0) return bothSectioned && (secA >= 0 ? sections.aToB.get(secA) ?? -2 : -1) !== secB;
    return a.sections.length === 0 && b.sections.length === 0 && wordingKey(a.items[ia]!.section) !== wordingKey(b.items[ib]!.section);
  };

  const items: ItemEntry[] = [];
  for (const slot of sideBySide(a.items.length, b.items.length, pairs)) {
    if (slot.a === null) {
      items.push({ change: 'added', b: ref('b', slot.b!) });
      continue;
    }
    if (slot.b === null) {
      items.push({ change: 'removed', a: ref('a', slot.a) });
      continue;
    }
    const { pair, inChain } = pairByA.get(slot.a)!;
    const x = a.items[slot.a]!;
    const y = b.items[slot.b]!;
    const renumbered = wordingKey(x.number) !== wordingKey(y.number) && !shiftedOnly(placesA[slot.a]!, placesB[slot.b]!, scopesCorrespond);
    const otherSection = movedSection(slot.a, slot.b);
    const after = !inChain && slot.b > 0 ? b.items[slot.b - 1]!.number : null;
    const move: Move | null = !inChain || renumbered || otherSection ? { reordered: !inChain, after, renumbered, section: otherSection } : null;
    const fields = fieldChanges(x, y, { skipReport: reportSide !== null });
    if (move || fields.length > 0) {
      items.push({ change: 'matched', a: ref('a', slot.a), b: ref('b', slot.b), similarity: round(pair.similarity), moved: move, fields });
    }
  }

  let report: ReportCheck | null = null;
  if (reportSide) {
    const plan = reportSide === 'b' ? a : b;
    const rep = reportSide === 'b' ? b : a;
    const partner = new Map(pairs.map((p) => (reportSide === 'b' ? [p.a, p.b] : [p.b, p.a])));
    report = reportCheck(plan, rep, partner, reportSide, ref);
  }

  return {
    a: ra ? { index: indexA!, title: ra.title } : null,
    b: rb ? { index: indexB!, title: rb.title } : null,
    title: ra && rb && wordingKey(ra.title) !== wordingKey(rb.title) ? { a: ra.title, b: rb.title } : null,
    period: ra && rb && !sameSpan(ra.period, rb.period) ? { a: ra.period, b: rb.period } : null,
    columns: ra && rb ? columnChanges(ra.columns, rb.columns) : { added: [], removed: [], renamed: [] },
    numbering: matching.numbering,
    sections: sections.entries,
    items,
    report,
    counts: countEntries(a.items.length, b.items.length, pairs.length, items),
  };
}

export function itemRef(item: Item, index: number): ItemRef {
  const ref: ItemRef = { index, number: item.number, section: item.section, activity: item.activity };
  if (item.at) ref.at = item.at;
  return ref;
}

/** Counts of what the entries show (after a focus, of what is left). */
export function countEntries(itemsA: number, itemsB: number, matched: number, entries: readonly ItemEntry[]): Counts {
  let changed = 0;
  let moved = 0;
  let touched = 0;
  let added = 0;
  let removed = 0;
  for (const e of entries) {
    if (e.change === 'added') added++;
    else if (e.change === 'removed') removed++;
    else {
      if (e.fields.length > 0) changed++;
      if (e.moved) moved++;
      touched++;
    }
  }
  return { itemsA, itemsB, matched, unchanged: matched - touched, changed, moved, added, removed };
}

function columnChanges(a: readonly Column[], b: readonly Column[]): RoadmapDiff['columns'] {
  const key = (c: Column) => `${c.role}|${wordingKey(c.header)}`;
  const ka = new Set(a.map(key));
  const kb = new Set(b.map(key));
  let added = b.filter((c) => !ka.has(key(c)));
  let removed = a.filter((c) => !kb.has(key(c)));
  // a role held by one column on each side is the same column, whatever its header says
  const once = (list: readonly Column[], role: Column['role']) => role !== 'other' && list.filter((c) => c.role === role).length === 1;
  const renamed: RoadmapDiff['columns']['renamed'] = [];
  for (const c of removed) {
    const d = added.find((x) => x.role === c.role);
    if (d && once(a, c.role) && once(b, c.role)) renamed.push({ a: c, b: d });
  }
  added = added.filter((c) => !renamed.some((r) => r.b === c));
  removed = removed.filter((c) => !renamed.some((r) => r.a === c));
  return { added, removed, renamed };
}

function sameSpan(a: Span | null, b: Span | null): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
