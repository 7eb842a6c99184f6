// What a roadmap column holds, from its header, whatever its wording: a data table of phrases per role.
// A phrase is a run of word stems («отметк о выполнен» matches «Отметка о выполнении»); «^» pins it to
// the header's first word. Rows are tried in order and the first phrase found wins, so a narrower
// phrase stands above a wider one («Срок (факт)» is not the timeframe; «Форма отчетности» is a report
// column, not a result). Strength tells two columns of one role apart: «Мероприятие» (strong) is the
// activity beside «Задача» (weak), which then groups items (role other, text in extra).
import type { ColumnRole } from '../../model/roadmap.js';
import { textKey } from '../../normalize/text.js';

export interface RolePhrases {
  role: ColumnRole;
  /** 2 names the role outright; 1 names it only when no other column does (a grouping column otherwise). */
  strength: 1 | 2;
  phrases: readonly string[];
  why: string;
}

export const ROLE_PHRASES: readonly RolePhrases[] = [
  { role: 'number', strength: 2, phrases: ['^№', '^номер', '^п/п'], why: 'the item number («N п/п», «#» and the like are read before this table)' },
  {
    role: 'result',
    strength: 2,
    phrases: ['^ожидаем результат', '^планируем результат', '^конечн результат'],
    why: 'an expected result, even when the phrase goes on («… выполнения», «(показатель)»)',
  },
  {
    role: 'other',
    strength: 2,
    phrases: ['факт', 'примечан', 'источник финансир', 'объем финансир', 'корректировк'],
    why: 'what was done in fact (a report\'s plan-against-fact) is never the timeframe; remarks and funding are kept in extra',
  },
  {
    role: 'report',
    strength: 2,
    phrases: [
      'отметк о выполнен', 'отметк о исполнен', 'отметк об исполнен', 'отчетн информац', 'информац о выполнен',
      'информац об выполнен', 'информац об исполнен', 'информац о исполнен', 'информац о ход', 'статус выполнен',
      'статус исполнен', 'статус реализац', 'ход выполнен', 'ход исполнен', 'ход реализац', 'результат выполнен',
      'результат исполнен', 'форм отчетност', 'отчетн документ', 'форм представлен результат', 'форм представлен отчет',
      'подтверждающ документ', 'документ подтвержда', '^выполнен', '^исполнен', '^отчет',
    ],
    why: 'what the report says or must show about the work; stands above timeframe («Отметка о выполнении в срок») and result («Форма представления результатов»)',
  },
  {
    role: 'info',
    strength: 2,
    phrases: ['информационн сопровожден', 'информационн обеспечен', 'информационн поддержк', 'освещен в сми', 'размещен информац'],
    why: 'publicity of the work',
  },
  {
    role: 'timeframe',
    strength: 2,
    phrases: ['срок', 'дата', 'период', 'время проведен', 'время исполнен', 'время реализац', '^когда', 'календарн'],
    why: 'when; «Плановый срок», «Срок (план)», «Срок исполнения по плану» too, the fact column being caught above',
  },
  { role: 'result', strength: 2, phrases: ['^результат'], why: 'a result named first' },
  { role: 'responsible', strength: 2, phrases: ['ответствен', 'исполнител', '^кто', 'координатор', 'куратор', 'соисполнител'], why: 'who' },
  {
    role: 'indicator',
    strength: 2,
    phrases: ['показател', 'индикатор', 'критери выполнен', 'критери оценк', 'критери эффективн', 'целев значен', 'количествен'],
    why: 'measures of the work',
  },
  {
    role: 'result',
    strength: 2,
    phrases: ['результат', 'продукт', 'итогов документ', 'форм завершен', 'форм контрол', 'эффект', 'выход'],
    why: 'what the work yields, named anywhere in the header',
  },
  {
    role: 'activity',
    strength: 2,
    phrases: ['мероприят', 'описан', 'содержан', 'действи', 'вид работ', 'деятельност', '^работ', 'наименован мероприят', 'наименован работ'],
    why: 'the work itself',
  },
  {
    role: 'activity',
    strength: 1,
    phrases: ['задач', '^цель', '^цели', 'направлен', 'проблем', 'риск', 'наименован', 'программ', 'этап', 'блок', 'раздел'],
    why: 'a goal, task or direction: the activity when nothing names the work, else a column grouping the items',
  },
];

interface CompiledPhrase {
  /** The phrase's stems as written: a header without all of them cannot match, and is not run through `re`. */
  stems: string[];
  source: string;
  /** Built on first need: parsing seventy Unicode patterns cost every worker's start some tens of ms. */
  re: RegExp | null;
}

interface CompiledRow {
  role: ColumnRole;
  strength: 1 | 2;
  phrases: CompiledPhrase[];
}

const STEM_END = '\\p{L}*';

/** «отметк о выполнен» → words starting with each stem in a row, anywhere (or first, with «^»). */
function compile(phrase: string): CompiledPhrase {
  const anchored = phrase.startsWith('^');
  const stems = (anchored ? phrase.slice(1) : phrase).split(' ');
  const words = (anchored ? phrase.slice(1) : phrase).split(' ').map((w) => w.replace(/[.*+?()[\]{}|\\/]/gu, (c) => `\\${c}`));
  // a one-word header like «№» or «n» stands alone or before a space, dot or slash
  const body = words.map((w) => (/\p{L}$/u.test(w) ? w + STEM_END : w)).join('[\\s,.]+(?:\\p{L}+\\s+)?');
  return { stems, source: `${anchored ? '^' : '(?:^|[^\\p{L}])'}${body}(?![\\p{L}])`, re: null };
}

const COMPILED: CompiledRow[] = ROLE_PHRASES.map((r) => ({ role: r.role, strength: r.strength, phrases: r.phrases.map(compile) }));

// V8 compiles a regex on its first run, and these Unicode ones (\p{L}) cost milliseconds each: a
// substring test first keeps a worker's first documents from compiling seventy of them
const matches = (p: CompiledPhrase, key: string) => p.stems.every((s) => key.includes(s)) && (p.re ??= new RegExp(p.source, 'u')).test(key);

/** The role a header names and how strongly; `known` false when no phrase matched (the content may decide). */
export function headerRole(header: string): { role: ColumnRole; strength: 0 | 1 | 2; known: boolean } {
  const key = textKey(header).replace(/[«»"()]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (key === '') return { role: 'other', strength: 0, known: false };
  if (/^(?:№|n|no|n\s?n|#)\s*(?:п[./\s]*п\.?)?$/u.test(key)) return { role: 'number', strength: 2, known: true };
  for (const row of COMPILED) if (row.phrases.some((p) => matches(p, key))) return { role: row.role, strength: row.strength, known: true };
  return { role: 'other', strength: 0, known: false };
}

export function columnRole(header: string): ColumnRole {
  return headerRole(header).role;
}

/** A header cell that names a period of a timeframe grid: «I квартал», «Январь», «2023», «1 полугодие». */
export function isPeriodHeader(header: string): boolean {
  const key = textKey(header).replace(/\s+/gu, ' ');
  return (
    /^(?:[ivx]{1,4}|[1-4])\s*(?:-?[йе])?\s*(?:квартал|кв\.?|полугоди\p{L}*)(?:\s+\d{4}\s*(?:г\.?|года?)?)?$/u.test(key) ||
    /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*(?:\s+\d{4}\s*(?:г\.?|года?)?)?$/u.test(key) ||
    /^(?:19|20)\d{2}\s*(?:г\.?|год)?$/u.test(key)
  );
}

/** Whether a grid cell marks its period («х», «X», «+», «V», «✓», «*», «да»); blank, «-», «–» do not. */
export function isGridMark(text: string): boolean {
  return /^(?:[xх×+✓✔vV*•●■]|да)$/iu.test(text.trim());
}
