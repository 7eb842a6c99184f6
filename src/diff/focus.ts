// `--only timeframe,responsible`: the result narrowed to the aspects asked for, so that `same` and the
// exit code answer «did these change?».
import type { DiffAspect, DiffResult, ItemEntry, RoadmapDiff } from './diff-result.js';
import { DIFF_ASPECTS } from './diff-result.js';
import { countEntries } from './roadmap-diff.js';

/** Read a comma list of aspects; throws on an unknown one, naming it and the choices. */
export function parseAspects(list: string): DiffAspect[] {
  const out: DiffAspect[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim();
    if (name === '') continue;
    if (!(DIFF_ASPECTS as readonly string[]).includes(name)) {
      throw new Error(`unknown aspect «${name}»; choose from ${DIFF_ASPECTS.join(', ')}`);
    }
    if (!out.includes(name as DiffAspect)) out.push(name as DiffAspect);
  }
  if (out.length === 0) throw new Error(`no aspect given; choose from ${DIFF_ASPECTS.join(', ')}`);
  return out;
}

export function focus(result: DiffResult, aspects: readonly DiffAspect[]): DiffResult {
  const on = new Set(aspects);
  const roadmaps = result.roadmaps.map((r) => focusRoadmap(r, on));
  const focused: DiffResult = {
    ...result,
    only: [...aspects],
    requisites: on.has('requisites') ? result.requisites : [],
    roadmaps,
  };
  return withTotals(focused);
}

function focusRoadmap(r: RoadmapDiff, on: Set<DiffAspect>): RoadmapDiff {
  const items: ItemEntry[] = [];
  for (const e of r.items) {
    if (e.change === 'added' || e.change === 'removed') {
      if (on.has(e.change)) items.push(e);
      continue;
    }
    const moved = on.has('moved') ? e.moved : null;
    const fields = e.fields.filter((f) => on.has(f.field));
    if (moved || fields.length > 0) items.push({ ...e, moved, fields });
  }
  const roadmap = on.has('roadmap');
  return {
    ...r,
    title: roadmap ? r.title : null,
    period: roadmap ? r.period : null,
    columns: roadmap ? r.columns : { added: [], removed: [], renamed: [] },
    sections: on.has('sections') ? r.sections : [],
    items,
    report: on.has('report') ? r.report : null,
    counts: countEntries(r.counts.itemsA, r.counts.itemsB, r.counts.matched, items),
  };
}

/** Fill in `same` and the totals from the roadmaps. */
export function withTotals(result: DiffResult): DiffResult {
  const counts = { itemsA: 0, itemsB: 0, matched: 0, unchanged: 0, changed: 0, moved: 0, added: 0, removed: 0 };
  for (const r of result.roadmaps) for (const k of Object.keys(counts) as Array<keyof typeof counts>) counts[k] += r.counts[k];
  const same = result.requisites.length === 0 && result.roadmaps.every(roadmapSame);
  return { ...result, same, counts };
}

/** Nothing to show for this roadmap. */
export function roadmapSame(r: RoadmapDiff): boolean {
  return (
    r.title === null &&
    r.period === null &&
    r.columns.added.length === 0 &&
    r.columns.removed.length === 0 &&
    r.columns.renamed.length === 0 &&
    r.sections.length === 0 &&
    r.items.length === 0 &&
    (r.report === null || r.report.gaps.length === 0) &&
    // a roadmap on one side only is a difference even when it has no items
    r.a !== null &&
    r.b !== null
  );
}
