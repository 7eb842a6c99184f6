// The language people read: Russian by default, English when asked (--lang en) or when the locale
// (LC_ALL, LC_MESSAGES, LANG, in the order POSIX gives them weight) is English.
export const LANGS = ['ru', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The language from a --lang flag, else from the locale variables; Russian when neither says English. */
export function pickLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag !== undefined && isLang(flag)) return flag;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const v = env[name];
    if (!v) continue;
    // the first variable set decides, as for any POSIX program
    return /^en(?:[_.@-]|$)/iu.test(v) ? 'en' : 'ru';
  }
  return 'ru';
}
