// roadmap diff A B as a library call: two models in, what changed out (see diff-result.ts).
import type { RoadmapModel } from '../model/index.js';
import type { DiffAspect, DiffResult, DiffSide } from './diff-result.js';
import { DIFF_VERSION } from './diff-result.js';
import { focus, withTotals } from './focus.js';
import { requisiteChanges } from './requisites.js';
import { diffRoadmap } from './roadmap-diff.js';
import { pairRoadmaps } from './roadmap-pairing.js';

export interface DiffOptions {
  /** The aspects to look at (all when absent). */
  only?: readonly DiffAspect[];
  /** How to name the two sides: the paths as given, and whether each was a model JSON. */
  a?: { path?: string; from?: DiffSide['from'] };
  b?: { path?: string; from?: DiffSide['from'] };
}

export function diffModels(a: RoadmapModel, b: RoadmapModel, options: DiffOptions = {}): DiffResult {
  const roadmaps = pairRoadmaps(a.roadmaps, b.roadmaps).map((p) =>
    diffRoadmap(p.a === null ? null : a.roadmaps[p.a]!, p.b === null ? null : b.roadmaps[p.b]!, p.a, p.b),
  );
  const result = withTotals({
    diffVersion: DIFF_VERSION,
    a: side(a, options.a),
    b: side(b, options.b),
    only: null,
    same: false,
    requisites: requisiteChanges(a.document, b.document),
    roadmaps,
    counts: { itemsA: 0, itemsB: 0, matched: 0, unchanged: 0, changed: 0, moved: 0, added: 0, removed: 0 },
  });
  return options.only ? focus(result, options.only) : result;
}

function side(model: RoadmapModel, given: DiffOptions['a']): DiffSide {
  return {
    path: given?.path ?? model.source.file,
    from: given?.from ?? 'document',
    format: model.source.format,
    type: model.document.type,
    date: model.document.date,
    number: model.document.number,
    title: model.document.title,
  };
}
