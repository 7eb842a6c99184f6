// Walking the model's items with their JSON paths, so rules report where each item is.
import type { Item, Roadmap, RoadmapModel } from '../model/roadmap.js';
import type { PathSegment } from './rule.js';

export interface ItemVisit {
  item: Item;
  roadmap: Roadmap;
  /** The item's JSON path: ['roadmaps', r, 'items', i]. */
  path: PathSegment[];
  r: number;
  i: number;
}

export function* items(model: RoadmapModel): Generator<ItemVisit> {
  for (const [r, roadmap] of model.roadmaps.entries()) {
    for (const [i, item] of roadmap.items.entries()) yield { item, roadmap, path: ['roadmaps', r, 'items', i], r, i };
  }
}

/** Whether a roadmap's table has a column with this role. */
export function hasColumn(roadmap: Roadmap, role: string): boolean {
  return roadmap.columns.some((c) => c.role === role);
}
