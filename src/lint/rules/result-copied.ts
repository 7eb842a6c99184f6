// result-copied: an item repeats the result (or indicator) of the item before it, and that text fits the
// other item's activity, not its own — a copy-paste slip (seed 000: 2.2 «…приняли участие в анкетировании»
// under a webinar). Two similar items sharing a fitting result («Документы размещены в ИС МЭДК») pass, and
// so do stock phrases («Не менее 60% ОО приняли участие»): the tell-tale word must be one that few
// activities of the roadmap use («анкетирование»), not one that many do («участие»).
import type { Rule } from '../rule.js';
import { quote } from '../cite.js';
import { looseKey, stems, wordWithStem } from '../words.js';

export const resultCopied: Rule = {
  meta: {
    id: 'result-copied',
    category: 'items',
    severity: 'warning',
    description: "An item repeats the previous item's result or indicator, and the text speaks of the previous item's activity, not its own.",
    messages: {
      copied: "the {field} repeats item {prev}'s («{text}»); its word «{word}» comes from item {prev}'s activity, not this item's",
    },
  },
  check(model, context) {
    model.roadmaps.forEach((roadmap, r) => {
      const activityStems = roadmap.items.map((it) => (it.activity ? stems(it.activity) : new Set<string>()));
      const rare = rareStems(activityStems);
      for (let i = 1; i < roadmap.items.length; i++) {
        const before = roadmap.items[i - 1]!;
        const item = roadmap.items[i]!;
        if (!before.activity || !item.activity) continue;
        for (const field of ['result', 'indicator'] as const) {
          const text = item[field];
          const prevText = before[field];
          if (!text || !prevText || looseKey(text) === '' || looseKey(text) !== looseKey(prevText)) continue;
          const own = activityStems[i]!;
          const theirs = activityStems[i - 1]!;
          const foreign = new Set([...stems(text)].filter((s) => rare.has(s) && theirs.has(s) && !own.has(s)));
          const word = foreign.size > 0 ? wordWithStem(text, foreign) : null;
          if (word === null) continue;
          context.report({
            path: ['roadmaps', r, 'items', i, field],
            messageId: 'copied',
            data: { field, prev: before.number ?? `#${i}`, text: quote(text), word },
          });
        }
      }
    });
  },
};

/** Stems used by at most a tenth of the activities (at least two): words that tell one activity from another. */
function rareStems(activityStems: ReadonlyArray<ReadonlySet<string>>): Set<string> {
  const counts = new Map<string, number>();
  for (const set of activityStems) for (const s of set) counts.set(s, (counts.get(s) ?? 0) + 1);
  const limit = Math.max(2, Math.floor(activityStems.length / 10));
  return new Set([...counts].filter(([, n]) => n <= limit).map(([s]) => s));
}
