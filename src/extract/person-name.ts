// Names of people as orders write them: «Г.В. Левина», «А. И. Карлов», «Левина Г.В.», «Левина Галина Владимировна».

const UP = '[А-ЯЁ]';
const LOW = '[а-яё]+(?:-[А-ЯЁ][а-яё]+)?';
export const INITIALS_SURNAME = new RegExp(`${UP}\\.\\s?${UP}\\.\\s?${UP}${LOW}`, 'u');
export const SURNAME_INITIALS = new RegExp(`${UP}${LOW}\\s+${UP}\\.\\s?${UP}\\.`, 'u');
const FULL_NAME = new RegExp(`${UP}${LOW}\\s+${UP}${LOW}\\s+${UP}[а-яё]+(?:вич|вна|ична|ич|оглы|кызы)`, 'u');

const WHOLE = new RegExp(`^(?:${INITIALS_SURNAME.source}|${SURNAME_INITIALS.source}|${FULL_NAME.source})$`, 'u');
const AT_END = new RegExp(`(?:^|[\\s_]+)(${INITIALS_SURNAME.source}|${SURNAME_INITIALS.source})$`, 'u');
const AT_START = new RegExp(`^(${SURNAME_INITIALS.source}|${INITIALS_SURNAME.source}|${FULL_NAME.source})(?=$|[\\s,–—-])`, 'u');

/** The whole text is one person's name. */
export function isPersonName(text: string): boolean {
  return WHOLE.test(text.trim());
}

/** «Ректор\t\tО.С. Кольцова», «______ И.И. Иванов»: the name at the end of a line, and what precedes it. */
export function nameAtEnd(text: string): { before: string; name: string } | null {
  const t = text.trim();
  const m = AT_END.exec(t);
  if (!m) return null;
  return { before: t.slice(0, m.index).replace(/[\s_]+$/u, ''), name: m[1]!.replace(/\s+/gu, ' ') };
}

/** «Левина Г.В., заместитель …»: the name at the start of a line, and the rest. */
export function nameAtStart(text: string): { name: string; rest: string } | null {
  const m = AT_START.exec(text.trim());
  if (!m) return null;
  return { name: m[1]!, rest: text.trim().slice(m[0].length) };
}
