// The one place that turns a JSON path into the model into a place in a file (Spectral's way): for a
// parsed document, the item's provenance (table, row, page, line of the .txt); for a model JSON, the
// line and column of the value in the JSON file, with the item's table and row in its source as context.
import type { Location } from '../model/diagnostic.js';
import type { RoadmapModel } from '../model/roadmap.js';
import type { SourceLocation } from './finding.js';
import { pathKey } from './path-key.js';
import type { TextPosition } from './json-positions.js';
import type { PathSegment } from './rule.js';

export interface LocateContext {
  /** The file as given on the command line. */
  file: string;
  /** A source document parsed here, or a model JSON file. */
  kind: 'document' | 'json';
  /** The model, when it could be read (schema findings have none). */
  model: RoadmapModel | null;
  /** Positions of the values of a model JSON file, by path key (see json-positions.ts). */
  positions?: () => ReadonlyMap<string, TextPosition>;
}

interface Provenance {
  table?: number | null;
  row?: number | null;
  page?: number | null;
  line?: number | null;
  item?: string | null;
}

/**
 * Where the thing at `path` is. `seen` is where the parser saw the same thing (its diagnostic's `at`): it
 * places what the model records no place for, such as an appendix header, in a parsed document.
 */
export function locate(path: readonly PathSegment[] | null, ctx: LocateContext, seen?: Location): SourceLocation {
  const loc: SourceLocation = { file: ctx.file };
  if (path === null) return loc;
  const prov = ctx.model ? provenance(path, ctx.model) : null;
  if (prov) {
    if (prov.item != null) loc.item = prov.item;
    if (prov.table != null) loc.table = prov.table;
    if (prov.row != null) loc.row = prov.row;
    if (prov.page != null) loc.page = prov.page;
    // a model JSON's `at.line` is a line of the document it was parsed from, not of this file
    if (prov.line != null && ctx.kind === 'document') loc.line = prov.line;
  }
  if (seen && ctx.kind === 'document') {
    for (const k of ['line', 'page', 'table', 'row'] as const) if (loc[k] === undefined && seen[k] !== undefined) loc[k] = seen[k];
  }
  if (ctx.kind === 'json' && ctx.positions) {
    const positions = ctx.positions();
    for (let n = path.length; n >= 0; n--) {
      const p = positions.get(pathKey(path.slice(0, n)));
      if (p) {
        loc.line = p.line;
        loc.column = p.column;
        break;
      }
    }
  }
  return loc;
}

/** What the model records about where the thing at `path` came from. */
function provenance(path: readonly PathSegment[], model: RoadmapModel): Provenance | null {
  if (path[0] === 'diagnostics' && typeof path[1] === 'number') return model.diagnostics[path[1]]?.at ?? null;
  if (path[0] !== 'roadmaps' || typeof path[1] !== 'number') return null;
  const roadmap = model.roadmaps[path[1]];
  if (!roadmap) return null;
  if (path[2] === 'items' && typeof path[3] === 'number') {
    const item = roadmap.items[path[3]];
    if (!item) return null;
    return { ...(item.at ?? {}), item: item.number };
  }
  // a section or the table as a whole: the table its items came from
  let items = roadmap.items;
  if (path[2] === 'sections' && typeof path[3] === 'number') {
    const section = roadmap.sections[path[3]];
    if (section) items = items.filter((it) => it.section !== null && it.section === (section.number ?? section.title));
  }
  const table = items.find((it) => it.at)?.at?.table;
  return table === undefined ? null : { table };
}
