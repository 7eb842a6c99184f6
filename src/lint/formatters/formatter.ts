// The contract of a formatter: the results of a run in, the text of a report out. Formatters know
// nothing of documents or rules' logic; they render findings (ESLint's formatters, one file each).
import type { FileResult } from '../lint-file.js';
import type { Rule } from '../rule.js';
import type { Lang } from '../../messages/lang.js';

export interface FormatContext {
  /** ANSI colours (stylish only): on a TTY, not with NO_COLOR. */
  color: boolean;
  /** The working directory, against which relative paths in the report are meant. */
  cwd: string;
  /** The roadmap version, for SARIF's tool.driver. */
  version: string;
  /** The rules that ran (for SARIF's rule descriptions). */
  rules: readonly Rule[];
  /** The language of the words around findings (stylish); English when absent. */
  lang?: Lang;
}

export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
