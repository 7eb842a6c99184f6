// Models in, one report out: the items of every roadmap flattened with their source and section,
// then counted by section, timeframe kind, party and (with an as-of day) status, and laid on the months.
import { TIMEFRAME_KINDS, type Roadmap, type RoadmapModel, type TimeframeKind } from '../model/index.js';
import { itemSpan, itemStatus } from '../item-status/item-status.js';
import { documentPartyKeys, groupParties } from './parties.js';
import {
  REPORT_VERSION,
  type KindCount,
  type Report,
  type ReportInput,
  type ReportItem,
  type ReportOptions,
  type ReportSource,
  type SectionCount,
} from './report-model.js';
import { DEFAULT_DUE_WITHIN_DAYS, emptyCounts, isDueSoon, summarizeStatus } from './status-summary.js';
import { buildTimeline, planWindow } from './timeline.js';
import { datedRoadmap } from './date-range.js';

export function buildReport(inputs: readonly ReportInput[], options: ReportOptions = {}): Report {
  const asOf = options.asOf ?? null;
  const days = options.dueWithinDays ?? DEFAULT_DUE_WITHIN_DAYS;
  const items: ReportItem[] = [];
  const named: Array<{ source: string; parties: Array<{ name: string; key: string }> }> = [];
  const sections: SectionCount[] = [];
  const sources: ReportSource[] = [];
  const roadmaps: Roadmap[] = [];

  for (const { label, model } of inputs) {
    const keyOf = documentPartyKeys(model.roadmaps.flatMap((r) => r.items.flatMap((i) => i.responsible)));
    sources.push(describeSource(label, model));
    model.roadmaps.forEach((given, r) => {
      // a model from elsewhere may hold any year: what is outside the years of dates is undated here
      const roadmap = datedRoadmap(given);
      roadmaps.push(roadmap);
      const bySection = new Map<string | null, SectionCount>();
      // declared sections first, in their order, even when empty; then any the items name that are not declared
      for (const s of roadmap.sections) {
        const key = s.number ?? s.title;
        if (!bySection.has(key)) bySection.set(key, { source: label, roadmap: r, section: key, number: s.number, title: s.title, items: 0 });
      }
      for (const item of roadmap.items) {
        const parties = item.responsible.map((name) => ({ name, key: keyOf(name) }));
        named.push({ source: label, parties });
        const declared = roadmap.sections.find((s) => (s.number ?? s.title) === item.section);
        const out: ReportItem = {
          source: label,
          roadmap: r,
          section: item.section,
          sectionTitle: declared?.title ?? null,
          number: item.number,
          activity: item.activity,
          timeframe: item.timeframe,
          span: itemSpan(item),
          responsible: item.responsible,
          parties: [...new Set(parties.map((p) => p.key))],
          result: item.result,
          indicator: item.indicator,
          report: item.report,
          links: item.links,
          at: item.at ?? null,
        };
        if (asOf) {
          out.status = itemStatus(item, asOf);
          out.dueSoon = isDueSoon(item, out.status, asOf, days);
        }
        items.push(out);
        let sec = bySection.get(item.section);
        if (!sec) {
          sec = { source: label, roadmap: r, section: item.section, number: null, title: item.section === null ? null : item.section, items: 0 };
          bySection.set(item.section, sec);
        }
        sec.items++;
        if (asOf) {
          const st = (sec.status ??= { ...emptyCounts(), dueSoon: 0 });
          st[out.status!]! += 1;
          if (out.dueSoon) st.dueSoon++;
        }
      }
      for (const sec of bySection.values()) {
        if (asOf) sec.status ??= { ...emptyCounts(), dueSoon: 0 };
        sections.push(sec);
      }
    });
  }

  const window = planWindow(roadmaps, items);
  const reportColumn = sources.some((s) => s.roadmaps.some((r) => r.reportColumn));
  return {
    reportVersion: REPORT_VERSION,
    asOf,
    sources,
    summary: {
      items: items.length,
      sections,
      kinds: countKinds(items),
      parties: groupParties(named),
      status: asOf ? summarizeStatus(items, asOf, days, reportColumn) : null,
    },
    timeline: window ? buildTimeline(window, items) : null,
    items,
  };
}

function describeSource(label: string, model: RoadmapModel): ReportSource {
  const d = model.document;
  return {
    label,
    file: model.source.file,
    document: { type: d.type, typeLabel: d.typeLabel, number: d.number, date: d.date, issuer: d.issuer, place: d.place, title: d.title },
    roadmaps: model.roadmaps.map((r) => ({
      title: r.title,
      period: r.period,
      items: r.items.length,
      reportColumn: r.columns.some((c) => c.role === 'report'),
    })),
    items: model.roadmaps.reduce((n, r) => n + r.items.length, 0),
  };
}

/** Every kind of the model, in the model's order, including those no item has (a zero says «none here»). */
function countKinds(items: readonly ReportItem[]): KindCount[] {
  const out = new Map<TimeframeKind, KindCount>(TIMEFRAME_KINDS.map((k) => [k, { kind: k, items: 0, example: null, bySource: {} }]));
  for (const item of items) {
    const k = out.get(item.timeframe.kind)!;
    k.items++;
    k.example ??= item.timeframe.text;
    k.bySource[item.source] = (k.bySource[item.source] ?? 0) + 1;
  }
  return [...out.values()];
}
