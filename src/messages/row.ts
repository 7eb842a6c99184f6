// A row of the message catalogue: what a code means in each language, and the messages written under it.
import type { Lang } from './lang.js';

/** One message in both languages, with the same «{name}» parameters. */
export type Template = Record<Lang, string>;

export interface Row extends Template {
  /** Messages under this code, most specific first; the English exactly as the code writes it. */
  templates?: readonly Template[];
}
