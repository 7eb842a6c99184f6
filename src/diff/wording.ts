// Keys for comparing the wording of two plans: what a reader would not call a change (letter case,
// ё/е, the kind of dash or quote, a space around punctuation) is folded away.
import { textKey } from '../normalize/text.js';

const DASHES = /[\u2010-\u2015\u2212-]/gu;
const QUOTES = /[«»„“”"‘’']/gu;
// a space next to a dash, slash or bracket, or before closing punctuation, is layout, not wording
const LOOSE_SPACE = /\s*([-/])\s*|\s+([,.;:!?)\]])|([([])\s+/gu;

/** The comparison key of a text: equal keys mean the same wording. */
export function wordingKey(text: string | null | undefined): string {
  if (text == null) return '';
  return textKey(text)
    .replace(DASHES, '-')
    .replace(QUOTES, '"')
    .replace(LOOSE_SPACE, (_, sep?: string, close?: string, open?: string) => sep ?? close ?? open ?? '')
    .replace(/[.;,]$/u, '');
}

/** The key of one word or punctuation mark, for the word-level diff. */
export function tokenKey(token: string): string {
  return textKey(token).replace(DASHES, '-').replace(QUOTES, '"');
}
