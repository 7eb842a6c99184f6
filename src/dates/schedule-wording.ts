// The English wording of a schedule a cell names («по графику ИРО» → "per IRO schedule"), for `recurrence`
// when the cell also gives a period. Words it does not know stay in Russian, in parentheses.

const NOUNS: ReadonlyArray<[RegExp, string]> = [
  [/^график/, 'schedule'],
  [/^план/, 'plan'],
  [/^расписани/, 'timetable'],
  [/^календар/, 'calendar'],
  [/^регламент/, 'regulations'],
  [/^циклограмм/, 'cyclogram'],
  [/^дорожн/, 'roadmap'],
  [/^срок/, 'deadlines'],
  [/^приказ/, 'order'],
  [/^положени/, 'regulations'],
];

// words that qualify the schedule, said before the noun: «по специальному графику», «графику курсовых мероприятий»
const BEFORE_NOUN: Record<string, string> = {
  специальному: 'special',
  отдельному: 'separate',
  утвержденному: 'approved',
  индивидуальному: 'individual',
  единому: 'common',
  общему: 'general',
  годовому: 'annual',
  рабочему: 'work',
  своему: 'own',
  собственному: 'own',
  установленные: 'set',
  установленным: 'set',
  определенные: 'set',
  утвержденные: 'approved',
  курсовых: 'course',
  работы: 'work',
};

// words of a genitive phrase after the noun: «плана работы школьных и районных методических объединений»
const OF_PHRASE: Record<string, string> = {
  и: 'and',
  школьных: 'school',
  районных: 'district',
  муниципальных: 'municipal',
  региональных: 'regional',
  методических: 'methodological',
  объединений: 'associations',
  школы: 'school',
  проекта: 'project',
  мероприятий: 'events',
  учреждения: 'institution',
  организации: 'organization',
};

const LEAD = new Set(['по', 'согласно', 'в', 'соответствии', 'с', 'со', 'сроки', 'срок']);
const SKIP_AFTER_COURSE = 'мероприятий';

const LATIN: Record<string, string> = {
  А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ё: 'E', Ж: 'ZH', З: 'Z', И: 'I', Й: 'Y', К: 'K', Л: 'L', М: 'M',
  Н: 'N', О: 'O', П: 'P', Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F', Х: 'KH', Ц: 'TS', Ч: 'CH', Ш: 'SH', Щ: 'SHCH',
  Ъ: '', Ы: 'Y', Ь: '', Э: 'E', Ю: 'YU', Я: 'YA',
};

function transliterate(word: string): string {
  let out = '';
  for (const ch of word) out += LATIN[ch] ?? ch;
  return out;
}

const ABBREVIATION = /^[А-ЯЁA-Z]{2,}$/;

export function scheduleWording(phrase: string): string {
  const words = phrase
    .replace(/[«»"',.:;()]/g, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
  let i = 0;
  while (i < words.length && LEAD.has(words[i]!.toLowerCase())) i++;
  const before: string[] = [];
  let noun = 'schedule';
  for (; i < words.length; i++) {
    const w = words[i]!.toLowerCase();
    const found = NOUNS.find(([re]) => re.test(w));
    if (found) {
      noun = found[1];
      i += found[1] === 'roadmap' ? 2 : 1; // «дорожной карте» is two words
      break;
    }
    const q = BEFORE_NOUN[w];
    if (q) before.push(q);
  }
  const of: string[] = [];
  const rest: string[] = [];
  let known = true;
  for (; i < words.length; i++) {
    const word = words[i]!;
    const w = word.toLowerCase();
    if (ABBREVIATION.test(word)) before.push(transliterate(word));
    else if (BEFORE_NOUN[w]) {
      before.push(BEFORE_NOUN[w]!);
      if (w === 'курсовых' && words[i + 1]?.toLowerCase() === SKIP_AFTER_COURSE) i++;
    } else {
      rest.push(word);
      const t = OF_PHRASE[w];
      if (t) of.push(t);
      else known = false;
    }
  }
  const named = [...before, noun].join(' ');
  if (rest.length === 0) return `per ${named}`;
  if (!known) return `per ${named} (${rest.join(' ')})`;
  // «план работы … объединений»: each association has its plan
  const owners = of[of.length - 1]!;
  return `per the ${named}${owners.endsWith('s') ? 's' : ''} of the ${of.join(' ')}`;
}
