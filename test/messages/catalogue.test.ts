// Every code people can meet has its text in both languages: the codes are enumerated from the
// catalogue itself and from the registries that own them (lint rules, parser codes, error codes).
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors.js';
import { PARSER_CODES } from '../../src/lint/parser-codes.js';
import { RULES } from '../../src/lint/registry.js';
import { CLI_MESSAGES, DIAGNOSTIC_MESSAGES, ERROR_MESSAGES, RULE_MESSAGES_RU, diagnosticMessage, errorMessage, pickLang, ruleMessage } from '../../src/messages/index.js';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  const diagnosticCodes = new Set([...Object.keys(DIAGNOSTIC_MESSAGES), ...Object.keys(PARSER_CODES)]);
  it.each([...diagnosticCodes].sort())('parser code %s has both languages', (code) => {
    const row = DIAGNOSTIC_MESSAGES[code];
    expect(row, `add a row for ${code} to src/messages/diagnostics.ts`).toBeDefined();
    expect(row!.en.length).toBeGreaterThan(0);
    expect(row!.ru).toMatch(/[а-яё]/iu);
    for (const t of row!.templates ?? []) {
      expect(params(t.ru), `${code}: «${t.en}»`).toEqual(params(t.en));
      expect(t.ru).toMatch(/[а-яё]/iu);
    }
  });

  const errorCodes = new Set([...Object.keys(ERROR_MESSAGES), ...Object.keys(ERROR_CODES)]);
  it.each([...errorCodes].sort())('error code %s has both languages', (code) => {
    const row = ERROR_MESSAGES[code];
    expect(row, `add a row for ${code} to src/messages/errors.ts`).toBeDefined();
    expect(row!.ru).toMatch(/[а-яё]/iu);
    for (const t of row!.templates ?? []) expect(params(t.ru)).toEqual(params(t.en));
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('rule %s has every message in both languages', (id, rule) => {
    const ru = RULE_MESSAGES_RU[id];
    expect(ru, `add ${id} to src/messages/rules.ts`).toBeDefined();
    expect(ru!.description).toMatch(/[а-яё]/iu);
    expect(Object.keys(ru!.messages).sort()).toEqual(Object.keys(rule.meta.messages).sort());
    for (const [mid, en] of Object.entries(rule.meta.messages)) {
      // the Russian may leave out an English-only parameter (a phrase in English words) but invents none
      for (const p of params(ru!.messages[mid]!)) expect(params(en).concat(['numbers'])).toContain(p);
    }
  });

  it('every command-line text has both languages with the same parameters', () => {
    for (const [key, t] of Object.entries(CLI_MESSAGES)) {
      expect(params(t.ru), key).toEqual(params(t.en));
      expect(t.ru.length, key).toBeGreaterThan(0);
    }
  });
});

describe('translation by code', () => {
  it('reads a diagnostic back into its parameters and writes it in Russian', () => {
    expect(diagnosticMessage('timeframe-vague', 'item 3: «постоянно» names no date', 'ru')).toBe('пункт 3: «постоянно» не называет даты');
    expect(diagnosticMessage('timeframe-vague', 'item in row 7: «постоянно» names no date', 'ru')).toBe('пункт в строке 7: «постоянно» не называет даты');
    expect(diagnosticMessage('page-without-text', 'page 2 is an image with no text layer; its content is missing', 'ru')).toBe('страница 2 — изображение без текстового слоя; её содержимое не прочитано');
  });
  it('goes back to English from a Russian model', () => {
    expect(diagnosticMessage('timeframe-vague', 'пункт 3: «постоянно» не называет даты', 'en')).toBe('item 3: «постоянно» names no date');
  });
  it('keeps a message it has no row or template for (a new extractor code) as written', () => {
    expect(diagnosticMessage('requisite-guessed', 'the number was guessed', 'ru')).toBe('the number was guessed');
    expect(diagnosticMessage('timeframe-vague', 'a reworded message', 'ru')).toBe('a reworded message');
  });
  it('leads an unknown error wording with what its code means', () => {
    expect(errorMessage('corrupt', 'something new broke', 'ru')).toBe('файл повреждён или не то, чем назван: something new broke');
    expect(errorMessage('corrupt', 'the file is empty', 'ru')).toBe('файл пуст');
    expect(errorMessage('corrupt', 'something new broke', 'en')).toBe('something new broke');
  });
  it('fills a rule message in either language', () => {
    const en = { gap: 'item {number} follows item {prev}: {missing} missing' };
    expect(ruleMessage('item-number-gap', en, 'gap', { number: '3', prev: '1', missing: '2 is', numbers: '2' }, 'en')).toBe('item 3 follows item 1: 2 is missing');
    expect(ruleMessage('item-number-gap', en, 'gap', { number: '3', prev: '1', missing: '2 is', numbers: '2' }, 'ru')).toBe('пункт 3 идёт за пунктом 1: пропущено 2');
  });
});

describe('language of the locale', () => {
  it.each([
    [undefined, {}, 'ru'],
    [undefined, { LANG: 'C.UTF-8' }, 'ru'],
    [undefined, { LANG: 'ru_RU.UTF-8' }, 'ru'],
    [undefined, { LANG: 'en_US.UTF-8' }, 'en'],
    [undefined, { LANG: 'ru_RU.UTF-8', LC_ALL: 'en_GB.UTF-8' }, 'en'],
    [undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'ru_RU.UTF-8' }, 'ru'],
    ['en', { LANG: 'ru_RU.UTF-8' }, 'en'],
    ['ru', { LANG: 'en_US.UTF-8' }, 'ru'],
  ] as const)('--lang %s with %o gives %s', (flag, env, lang) => {
    expect(pickLang(flag, env)).toBe(lang);
  });
});
