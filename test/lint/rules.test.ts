// Each rule on minimal models: ones that trigger it (with the exact JSON paths reported) and ones that
// must not. Table-driven; every registered rule has cases of both kinds.
import { describe, expect, it } from 'vitest';
import { RULES, ruleById } from '../../src/lint/registry.js';
import { lintModel } from '../../src/lint/runner.js';
import type { RoadmapModel } from '../../src/model/roadmap.js';
import { item, items, model, roadmap, withItems } from './model-builder.js';

interface Case {
  name: string;
  model: RoadmapModel;
  asOf?: string;
  planYear?: number;
  /** The paths reported, in order (empty: the rule must stay silent). */
  paths: string[];
}

const range = (start: string, end: string) => ({ text: `${start} – ${end}`, kind: 'range' as const, periods: [{ start, end, precision: 'day' as const }], recurrence: null });
const I = (p: string) => `roadmaps[0].items[${p}`;

const CASES: Record<string, { triggers: Case[]; passes: Case[] }> = {
  'activity-duplicate': {
    triggers: [{ name: 'same activity, other case and punctuation', model: withItems(items(3, [{ activity: 'Проведение семинара.' }, {}, { activity: 'проведение  семинара' }])), paths: [I('2].activity')] }],
    passes: [{ name: 'different activities', model: withItems(items(3)), paths: [] }],
  },
  'activity-missing': {
    triggers: [
      { name: 'null activity', model: withItems(items(2, [{}, { activity: null }])), paths: [I('1].activity')] },
      { name: 'blank activity', model: withItems(items(1, [{ activity: '  ' }])), paths: [I('0].activity')] },
    ],
    passes: [{ name: 'activities present', model: withItems(items(2)), paths: [] }],
  },
  'appendix-date-mismatch': {
    triggers: [{ name: 'another date', model: model({ document: { appendices: [{ label: 'Приложение', refDate: '2022-02-15', refNumber: '19/1', title: null }] } }), paths: ['document.appendices[0].refDate'] }],
    passes: [
      { name: 'the act date', model: model({ document: { appendices: [{ label: 'Приложение', refDate: '2022-02-16', refNumber: null, title: null }] } }), paths: [] },
      { name: 'a standalone plan', model: model({ document: { type: 'plan', appendices: [{ label: 'Приложение', refDate: '2019-06-25', refNumber: null, title: null }] } }), paths: [] },
    ],
  },
  'appendix-number-mismatch': {
    triggers: [{ name: '266-р for 262-р', model: model({ document: { number: '262-р', appendices: [{ label: 'Приложение', refDate: null, refNumber: '266-р', title: null }] } }), paths: ['document.appendices[0].refNumber'] }],
    passes: [
      { name: 'the same number written otherwise', model: model({ document: { number: '262-р', appendices: [{ label: 'Приложение', refDate: null, refNumber: '№ 262 – Р', title: null }] } }), paths: [] },
      { name: 'no number cited', model: model({ document: { appendices: [{ label: 'Приложение 1', refDate: null, refNumber: null, title: null }] } }), paths: [] },
    ],
  },
  'deadline-before-act': {
    triggers: [
      { name: 'a range over before the act', model: withItems([item({ timeframe: range('2022-01-17', '2022-02-04') })]), paths: [I('0].timeframe')] },
      {
        name: 'a deadline the day before the act',
        model: withItems([item({ timeframe: { text: 'До 15.02.2022', kind: 'deadline', periods: [{ start: null, end: '2022-02-15', precision: 'day' }], recurrence: null } })]),
        paths: [I('0].timeframe')],
      },
    ],
    passes: [
      { name: 'a deadline on the act date («Не позднее 16.02.2022»)', model: withItems([item({ timeframe: { text: 'Не позднее 16.02.2022', kind: 'deadline', periods: [{ start: null, end: '2022-02-16', precision: 'day' }], recurrence: null } })]), paths: [] },
      { name: 'a report looks back', model: model({ document: { type: 'report', number: null }, roadmaps: [roadmap({ items: [item({ timeframe: range('2022-01-10', '2022-01-20') })] })] }), paths: [] },
      { name: 'no periods', model: withItems([item({ timeframe: { text: 'По запросу', kind: 'on_request', periods: [], recurrence: null } })]), paths: [] },
    ],
  },
  'document-date-missing': {
    triggers: [{ name: 'no date', model: model({ document: { date: null } }), paths: ['document.date'] }],
    passes: [{ name: 'dated', model: model(), paths: [] }],
  },
  'document-issuer-missing': {
    triggers: [{ name: 'no issuer', model: model({ document: { issuer: null } }), paths: ['document.issuer'] }],
    passes: [{ name: 'an issuer', model: model(), paths: [] }],
  },
  'document-number-missing': {
    triggers: [{ name: 'no number', model: model({ document: { number: null } }), paths: ['document.number'] }],
    passes: [
      { name: 'a number', model: model(), paths: [] },
      { name: 'a report has none', model: model({ document: { type: 'report', number: null } }), paths: [] },
    ],
  },
  'document-title-missing': {
    triggers: [{ name: 'no title', model: model({ document: { title: '' } }), paths: ['document.title'] }],
    passes: [{ name: 'a title', model: model(), paths: [] }],
  },
  'item-number-duplicate': {
    triggers: [
      { name: '1, 2, 2', model: withItems(items(3, [{}, {}, { number: '2' }])), paths: [I('2].number')] },
      { name: '2.1 twice, apart', model: withItems(items(3, [{ number: '2.1' }, { number: '2.2' }, { number: '2.1' }])), paths: [I('2].number')] },
    ],
    passes: [
      { name: 'numbering restarts in each section', model: withItems(items(4, [{ section: 'A' }, { section: 'A' }, { number: '1', section: 'B' }, { number: '2', section: 'B' }])), paths: [] },
      { name: 'unnumbered items', model: withItems(items(2, [{ number: null }, { number: null }])), paths: [] },
    ],
  },
  'item-number-gap': {
    triggers: [
      { name: '1, 3 (seed 002)', model: withItems(items(2, [{}, { number: '3' }])), paths: [I('1].number')] },
      { name: '1.3 then 2.2', model: withItems(items(2, [{ number: '1.3' }, { number: '2.2' }])), paths: [I('1].number')] },
      { name: 'a jump from 1.3 to 3.1', model: withItems(items(2, [{ number: '1.3' }, { number: '3.1' }])), paths: [I('1].number')] },
    ],
    passes: [
      { name: '1.1, 1.2, 2.1 (seed 000)', model: withItems(items(3, [{ number: '1.1' }, { number: '1.2' }, { number: '2.1' }])), paths: [] },
      { name: 'numbering running on through sections (seed 001)', model: withItems(items(3, [{ number: '9', section: 'A' }, { number: '10', section: 'B' }, { number: '11', section: 'B' }])), paths: [] },
      { name: '2, 2.1, 2.2, 3', model: withItems(items(4, [{ number: '2' }, { number: '2.1' }, { number: '2.2' }, { number: '3' }])), paths: [] },
      { name: 'a trailing dot', model: withItems(items(2, [{ number: '1.' }, { number: '2.' }])), paths: [] },
    ],
  },
  'item-number-order': {
    triggers: [
      { name: '1, 3, 2', model: withItems(items(3, [{}, { number: '3' }, { number: '2' }])), paths: [I('2].number')] },
      { name: '2.5 then 2.4', model: withItems(items(2, [{ number: '2.5' }, { number: '2.4' }])), paths: [I('1].number')] },
    ],
    passes: [
      { name: 'a restart at 1 in a new section', model: withItems(items(3, [{ section: 'A' }, { section: 'A' }, { number: '1', section: 'B' }])), paths: [] },
      { name: 'in order', model: withItems(items(3)), paths: [] },
    ],
  },
  'item-overdue': {
    triggers: [
      { name: 'ended before the as-of day', model: withItems(items(2, [{ timeframe: range('2022-03-01', '2022-03-31') }, { timeframe: range('2022-09-01', '2022-09-30') }])), asOf: '2022-06-30', paths: [I('0].timeframe')] },
      { name: 'reported not done', model: withItems([item({ timeframe: range('2022-03-01', '2022-03-31'), report: 'Не выполнено' })]), asOf: '2022-06-30', paths: [I('0].timeframe')] },
    ],
    passes: [
      { name: 'reported done', model: withItems([item({ timeframe: range('2022-03-01', '2022-03-31'), report: 'Выполнено' })]), asOf: '2022-06-30', paths: [] },
      { name: 'no as-of date: off', model: withItems([item({ timeframe: range('2020-03-01', '2020-03-31') })]), paths: [] },
      { name: 'ends on the as-of day', model: withItems([item({ timeframe: range('2022-03-01', '2022-06-30') })]), asOf: '2022-06-30', paths: [] },
    ],
  },
  'link-host-mismatch': {
    triggers: [
      {
        name: 'the same file on оиро.рф and oipro.pf (seed 003)',
        model: withItems(items(2, [{ links: ['http://оиро.рф/wpcontent/uploads/2022/02/letter.pdf'] }, { links: ['http://oipro.pf/wpcontent/uploads/2022/02/letter.pdf'] }])),
        paths: [I('1].links[0]')],
      },
    ],
    passes: [
      { name: 'the same host', model: withItems(items(2, [{ links: ['https://site.ru/a.pdf'] }, { links: ['https://site.ru/a.pdf'] }])), paths: [] },
      { name: 'two sites without a path', model: withItems(items(2, [{ links: ['https://site.ru/'] }, { links: ['https://other.ru/'] }])), paths: [] },
    ],
  },
  'link-malformed': {
    triggers: [
      { name: 'no scheme separator', model: withItems([item({ links: ['htp//site.ru/page'] })]), paths: [I('0].links[0]')] },
      { name: 'javascript:', model: withItems([item({ links: ['https://site.ru/ok', 'javascript:alert(1)'] })]), paths: [I('0].links[1]')] },
      { name: 'a space inside', model: withItems([item({ links: ['http://site .ru/page'] })]), paths: [I('0].links[0]')] },
      { name: 'a host without a dot', model: withItems([item({ links: ['http://intranet/page'] })]), paths: [I('0].links[0]')] },
    ],
    passes: [{ name: 'a Cyrillic domain, a path with Cyrillic letters, vk.com', model: withItems([item({ links: ['http://оиро.рф/wp-content/file-РК.doc', 'https://vk.com/wall-152319150_7251'] })]), paths: [] }],
  },
  'period-outside-plan': {
    triggers: [
      {
        name: 'September 2022 – May 2023 in a 2022 plan (seed 000 3.2)',
        model: withItems([item({ timeframe: { text: '…', kind: 'multi', periods: [{ start: '2022-03-01', end: '2022-08-31', precision: 'month' }, { start: '2022-09-01', end: '2023-05-31', precision: 'month' }], recurrence: null } })]),
        paths: [I('0].timeframe')],
      },
      { name: 'December 2021 (seed 003)', model: withItems([item({ timeframe: range('2021-12-20', '2021-12-20') })]), paths: [I('0].timeframe')] },
      { name: 'the configured plan year when the roadmap states none', model: withItems([item({ timeframe: range('2023-01-10', '2023-01-20') })], { period: null }), planYear: 2022, paths: [I('0].timeframe')] },
    ],
    passes: [
      { name: 'inside the plan', model: withItems([item()]), paths: [] },
      {
        name: 'a school year envelope (kind ongoing)',
        model: withItems([item({ timeframe: { text: 'В течение учебного года', kind: 'ongoing', periods: [{ start: '2021-09-01', end: '2022-05-31', precision: 'month' }], recurrence: null } })]),
        paths: [],
      },
      { name: 'no plan period known', model: withItems([item({ timeframe: range('2023-01-10', '2023-01-20') })], { period: null }), paths: [] },
    ],
  },
  'responsible-missing': {
    triggers: [
      { name: 'no party', model: withItems(items(2, [{}, { responsible: [] }])), paths: [I('1].responsible')] },
      { name: 'no responsible column', model: withItems(items(2), { columns: [{ header: '№', role: 'number' }, { header: 'Мероприятие', role: 'activity' }, { header: 'Срок', role: 'timeframe' }] }), paths: ['roadmaps[0].columns'] },
    ],
    passes: [{ name: 'parties named', model: withItems(items(2)), paths: [] }],
  },
  'responsible-repeated': {
    triggers: [{ name: '«МОУО МОУО» (seed 002 item 1)', model: withItems([item({ responsible: ['МОУО', 'МОУО'] })]), paths: [I('0].responsible[1]')] }],
    passes: [{ name: 'distinct parties', model: withItems([item({ responsible: ['МОУО', 'ШНОР'] })]), paths: [] }],
  },
  'result-copied': {
    triggers: [
      {
        name: 'a survey result under a webinar (seed 000 2.1/2.2)',
        model: withItems(
          items(3, [
            { number: '2.1', activity: 'Участие ОО в анкетировании участников образовательных отношений', result: 'Участники проекта приняли участие в анкетировании' },
            { number: '2.2', activity: 'Участие в установочном вебинаре для школ, участвующих в проекте', result: 'Участники проекта приняли участие в анкетировании' },
            { number: '2.3' },
          ]),
        ),
        paths: [I('1].result')],
      },
    ],
    passes: [
      {
        name: 'two stages sharing a fitting result (seed 000 2.11/2.12)',
        model: withItems(
          items(2, [
            { activity: 'Подготовка и размещение в ИС МЭДК документов 1 этапа', result: 'Документы размещены в ИС МЭДК' },
            { activity: 'Подготовка и размещение в ИС МЭДК документов 2 этапа', result: 'Документы размещены в ИС МЭДК' },
          ]),
        ),
        paths: [],
      },
      {
        name: 'a stock indicator whose only odd word is common in the plan (seed 001 26/27)',
        model: withItems(
          items(12, [
            { activity: 'Консультация с участниками образовательных отношений', indicator: 'Не менее 60% ОО приняли участие' },
            { activity: 'Круглый стол «Эффективные модели наставничества»', indicator: 'Не менее 60% ОО приняли участие' },
            { activity: 'Участие в семинаре' },
            { activity: 'Участие в конференции' },
          ]),
          { columns: [{ header: '№', role: 'number' }, { header: 'Задачи', role: 'activity' }, { header: 'Показатель', role: 'indicator' }] },
        ),
        paths: [],
      },
    ],
  },
  'result-missing': {
    triggers: [{ name: 'a result column left empty', model: withItems(items(2, [{}, { result: null }])), paths: [I('1].result')] }],
    passes: [
      { name: 'an indicator stands for the result', model: withItems(items(1, [{ result: null, indicator: '100% школ' }]), { columns: [{ header: 'Показатель', role: 'indicator' }, { header: 'Результат', role: 'result' }] }), paths: [] },
      { name: 'the table has neither column', model: withItems(items(1, [{ result: null }]), { columns: [{ header: 'Мероприятие', role: 'activity' }] }), paths: [] },
    ],
  },
  'section-order': {
    triggers: [
      { name: '1, 3', model: withItems([], { sections: [{ number: '1', title: 'А' }, { number: '3', title: 'В' }] }), paths: ['roadmaps[0].sections[1].number'] },
      { name: '2, 1', model: withItems([], { sections: [{ number: '2', title: 'А' }, { number: '1', title: 'Б' }] }), paths: ['roadmaps[0].sections[1].number'] },
      { name: 'I, II, II', model: withItems([], { sections: [{ number: 'I', title: 'А' }, { number: 'II', title: 'Б' }, { number: 'II', title: 'В' }] }), paths: ['roadmaps[0].sections[2].number'] },
    ],
    passes: [
      { name: '1 … 7 (seed 000)', model: withItems([], { sections: Array.from({ length: 7 }, (_, i) => ({ number: String(i + 1), title: `Раздел ${i + 1}` })) }), paths: [] },
      { name: 'III, IV, V', model: withItems([], { sections: [{ number: 'III', title: 'А' }, { number: 'IV', title: 'Б' }, { number: 'V', title: 'В' }] }), paths: [] },
      { name: 'unnumbered sections (seed 001)', model: withItems([], { sections: [{ number: null, title: 'Общие мероприятия' }, { number: null, title: 'Муниципальные мероприятия' }] }), paths: [] },
    ],
  },
  'timeframe-backwards': {
    triggers: [{ name: 'ends before it starts', model: withItems([item({ timeframe: range('2022-03-30', '2022-02-14') })]), paths: [I('0].timeframe.periods[0]')] }],
    passes: [{ name: 'a one-day period', model: withItems([item({ timeframe: range('2022-03-30', '2022-03-30') })]), paths: [] }],
  },
  'timeframe-missing': {
    triggers: [
      { name: 'an empty cell', model: withItems(items(2, [{}, { timeframe: { text: null, kind: 'none', periods: [], recurrence: null } }])), paths: [I('1].timeframe')] },
      { name: 'no timeframe column', model: withItems(items(1), { columns: [{ header: 'Мероприятие', role: 'activity' }, { header: 'Ответственные', role: 'responsible' }] }), paths: ['roadmaps[0].columns'] },
    ],
    passes: [
      { name: 'on request is a timeframe', model: withItems([item({ timeframe: { text: 'По запросу ОО', kind: 'on_request', periods: [], recurrence: null } })]), paths: [] },
      { name: 'unreadable text is not missing', model: withItems([item({ timeframe: { text: 'когда получится', kind: 'none', periods: [], recurrence: null } })]), paths: [] },
    ],
  },
  'timeframe-unreadable': {
    triggers: [{ name: 'words but no period', model: withItems([item({ timeframe: { text: 'когда получится', kind: 'none', periods: [], recurrence: null } })]), paths: [I('0].timeframe')] }],
    passes: [
      { name: 'an empty cell is another rule', model: withItems([item({ timeframe: { text: null, kind: 'none', periods: [], recurrence: null } })]), paths: [] },
      { name: 'per schedule', model: withItems([item({ timeframe: { text: 'По графику ФИОКО', kind: 'per_schedule', periods: [], recurrence: null } })]), paths: [] },
    ],
  },
};

function run(id: string, c: Case): string[] {
  const rule = ruleById(id)!;
  return lintModel(c.model, { file: 'plan.json', kind: 'json', ruleSet: [rule], asOf: c.asOf ?? null, planYear: c.planYear ?? null }).map((f) => `${f.code} ${f.path}`);
}

describe('every rule has cases', () => {
  it('that trigger it and that do not', () => {
    expect(Object.keys(CASES).sort()).toEqual(RULES.map((r) => r.meta.id));
    for (const { triggers, passes } of Object.values(CASES)) {
      expect(triggers.length).toBeGreaterThan(0);
      expect(passes.length).toBeGreaterThan(0);
    }
  });
});

describe.each(Object.entries(CASES))('%s', (id, { triggers, passes }) => {
  it.each(triggers)('triggers: $name', (c) => {
    expect(run(id, c)).toEqual(c.paths.map((p) => `${id} ${p}`));
  });
  it.each(passes)('passes: $name', (c) => {
    expect(run(id, c)).toEqual([]);
  });
  it('the clean base model passes', () => {
    expect(run(id, { name: 'base', model: model(), asOf: '2022-03-15', paths: [] })).toEqual([]);
  });
});
