// Small roadmap models for rule tests: a complete, clean document with one roadmap, changed per case.
import type { Item, Roadmap, RoadmapModel } from '../../src/model/roadmap.js';

export function item(over: Partial<Item> = {}): Item {
  return {
    number: '1',
    section: null,
    activity: 'Проведение методического семинара для учителей',
    timeframe: { text: 'Март 2022 г.', kind: 'range', periods: [{ start: '2022-03-01', end: '2022-03-31', precision: 'month' }], recurrence: null },
    responsible: ['МОУО'],
    result: 'Проведён семинар',
    indicator: null,
    info: null,
    report: null,
    links: [],
    extra: {},
    ...over,
  };
}

/** Items numbered 1, 2, 3… with distinct activities and results, each changed by `over[i]`. */
export function items(n: number, over: Array<Partial<Item>> = []): Item[] {
  return Array.from({ length: n }, (_, i) =>
    item({ number: String(i + 1), activity: `Мероприятие номер ${i + 1}: ${TOPICS[i % TOPICS.length]}`, result: `Итог ${TOPICS[i % TOPICS.length]}`, ...over[i] }),
  );
}

const TOPICS = ['семинар директоров', 'вебинар кураторов', 'конференция педагогов', 'мониторинг сайтов', 'совещание координаторов', 'стажировка учителей', 'консультации методистов', 'конкурс разработок', 'анализ результатов', 'отчёт руководителей', 'круглый стол', 'форум участников'];

export function roadmap(over: Partial<Roadmap> = {}): Roadmap {
  return {
    title: 'План мероприятий («дорожная карта») на 2022 год',
    period: { start: '2022-01-01', end: '2022-12-31' },
    columns: [
      { header: '№ п/п', role: 'number' },
      { header: 'Мероприятие', role: 'activity' },
      { header: 'Сроки', role: 'timeframe' },
      { header: 'Ответственные', role: 'responsible' },
      { header: 'Ожидаемый результат', role: 'result' },
    ],
    sections: [],
    items: [item()],
    ...over,
  };
}

export function model(over: { document?: Partial<RoadmapModel['document']>; roadmaps?: Roadmap[]; diagnostics?: RoadmapModel['diagnostics'] } = {}): RoadmapModel {
  return {
    schemaVersion: '1.0',
    source: { file: 'plan.txt', format: 'txt', sha256: null, encoding: 'utf-8', pages: null },
    document: {
      type: 'order',
      typeLabel: 'ПРИКАЗ',
      issuer: 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ',
      date: '2022-02-16',
      number: '19/1',
      place: null,
      title: 'Об утверждении плана мероприятий',
      basis: [],
      clauses: [],
      signatories: [],
      appendices: [],
      ...over.document,
    },
    roadmaps: over.roadmaps ?? [roadmap()],
    groups: [],
    diagnostics: over.diagnostics ?? [],
  };
}

/** A model with one roadmap holding these items (and sections). */
export function withItems(list: Item[], over: Partial<Roadmap> = {}): RoadmapModel {
  return model({ roadmaps: [roadmap({ items: list, ...over })] });
}
