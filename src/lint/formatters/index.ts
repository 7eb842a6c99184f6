// The formatters by name, in the order --help lists them.
import { shownData } from '../../safe-text.js';
import type { Formatter } from './formatter.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';

/** The formats for people get the findings with control characters shown as escapes; JSON and SARIF keep the text exact. */
const shown =
  (formatter: Formatter): Formatter =>
  (results, context) =>
    formatter(shownData(results), context);

export const FORMATTERS = { stylish: shown(stylish), json, github: shown(github), sarif } as const satisfies Record<string, Formatter>;
export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
export type { Formatter, FormatContext } from './formatter.js';
