// Stable event UIDs: the same item of the same act gets the same UID from its .docx, .pdf, .txt or
// model JSON and from one run to the next, so a calendar re-import updates events instead of doubling them.
import { createHash } from 'node:crypto';
import { textKey } from '../../normalize/text.js';
import type { ReportItem, ReportSource } from '../report-model.js';

/** The act's requisites; the file name only when the act states none. */
function documentIdentity(source: ReportSource): unknown[] {
  const d = source.document;
  if (d.number || d.date) return [d.type, d.number, d.date, d.issuer ? textKey(d.issuer) : null];
  return [source.file];
}

/** UIDs of items, in order; an item number met twice in a roadmap gets its occurrence counted in. */
export function itemUids(items: readonly ReportItem[], sources: readonly ReportSource[]): string[] {
  const bySource = new Map(sources.map((s) => [s.label, documentIdentity(s)]));
  const seen = new Map<string, number>();
  return items.map((item, index) => {
    const id = item.number ?? (item.at ? `row ${item.at.row}` : `index ${index}`);
    const key = JSON.stringify([bySource.get(item.source), item.roadmap, id]);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const hash = createHash('sha256').update(n === 1 ? key : `${key}#${n}`).digest('hex').slice(0, 24);
    return `${hash}@roadmap`;
  });
}
