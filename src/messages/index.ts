// The message catalogue: every text people read, by code (+ the parameters the text needs), in Russian
// and English. Codes and JSON keys never change with the language; only the words do.
//
// How a code gets its Russian: add a row to diagnostics.ts (parser codes), errors.ts (error codes),
// rules.ts (lint rules) or cli.ts (the command line). Until a row exists, a message is shown as its code
// wrote it (English) — nothing breaks. test/messages/catalogue.test.ts lists the codes still missing.
import type { Diagnostic } from '../model/diagnostic.js';
import type { RoadmapModel } from '../model/roadmap.js';
import { CLI_MESSAGES, type CliMessage } from './cli.js';
import { DIAGNOSTIC_MESSAGES } from './diagnostics.js';
import { ERROR_MESSAGES } from './errors.js';
import type { Lang } from './lang.js';
import type { Row } from './row.js';
import { RULE_MESSAGES_RU, RULE_WORDS_RU } from './rules.js';
import { fill, match, type Params } from './template.js';

export { LANGS, isLang, pickLang, type Lang } from './lang.js';
export type { Row, Template } from './row.js';
export { CLI_MESSAGES, DIAGNOSTIC_MESSAGES, ERROR_MESSAGES, RULE_MESSAGES_RU };

/** A command-line text in the language. */
export function say(key: CliMessage, params: Params, lang: Lang): string {
  return fill(CLI_MESSAGES[key][lang], params);
}

/**
 * A message written under a code, in the language: read back through the code's templates (in either
 * language) and written in the asked one; as written when no template fits.
 */
function translate(row: Row | undefined, message: string, lang: Lang): string | null {
  if (!row) return null;
  for (const t of row.templates ?? []) {
    for (const from of ['en', 'ru'] as const) {
      const params = match(t[from], message);
      if (params) return fill(t[lang], params);
    }
  }
  return null;
}

/** A parser diagnostic's message in the language (as written when the catalogue has no template for it). */
export function diagnosticMessage(code: string, message: string, lang: Lang): string {
  return translate(DIAGNOSTIC_MESSAGES[code], message, lang) ?? message;
}

/** A model with its diagnostics' messages in the language; codes and everything else as they are. */
export function localizeModel(model: RoadmapModel, lang: Lang): RoadmapModel {
  let changed = false;
  const diagnostics: Diagnostic[] = model.diagnostics.map((d) => {
    const message = diagnosticMessage(d.code, d.message, lang);
    if (message === d.message) return d;
    changed = true;
    return { ...d, message };
  });
  return changed ? { ...model, diagnostics } : model;
}

/** An error's message in the language; in Russian an unknown wording is led by what its code means. */
export function errorMessage(code: string, message: string, lang: Lang): string {
  const row = ERROR_MESSAGES[code];
  const translated = translate(row, message, lang);
  if (translated !== null) return translated;
  if (lang === 'ru' && row && !/[а-яё]/iu.test(message)) return `${row.ru}: ${message}`;
  return message;
}

/** What an error code means, in the language. */
export function errorMeaning(code: string, lang: Lang): string | undefined {
  return ERROR_MESSAGES[code]?.[lang];
}

/** A lint rule's message in the language: the rule's own English template, or the catalogue's Russian one. */
export function ruleMessage(ruleId: string, english: Readonly<Record<string, string>>, messageId: string, data: Params | undefined, lang: Lang): string {
  const template = lang === 'ru' ? (RULE_MESSAGES_RU[ruleId]?.messages[messageId] ?? english[messageId]) : english[messageId];
  if (template === undefined) throw new Error(`rule ${ruleId} has no message «${messageId}»`);
  const params: Record<string, string | number> = { ...data };
  if (lang === 'ru' && data) for (const [k, v] of Object.entries(data)) params[k] = RULE_WORDS_RU[k]?.[String(v)] ?? v;
  return fill(template, params);
}

/** A lint rule's description in the language. */
export function ruleDescription(ruleId: string, english: string, lang: Lang): string {
  return lang === 'ru' ? (RULE_MESSAGES_RU[ruleId]?.description ?? english) : english;
}
