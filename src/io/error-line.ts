import { errorMessage, type Lang } from '../messages/index.js';

// The one stderr line of an input that failed: «roadmap: FILE: message [code]». File names and
// messages come from outside (a hostile name, a library's multi-line message), so both are made one
// line that a terminal shows as text: no line breaks, no escape sequences, nothing endless.
import { shownText } from '../safe-text.js';

/** Longest message shown; a library message can quote whole parts of a document. */
const MAX_MESSAGE = 300;

/** A file name as it can be shown on one line: control characters written as escapes. */
export function safeName(name: string): string {
  return shownText(name, { tabs: true });
}

/** A message on one line: runs of white space (line breaks, tabs) made one space, other controls escaped, long ones cut. */
export function oneLine(message: string): string {
  const flat = shownText(message.replace(/\s+/gu, ' ').trim(), { tabs: true });
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}

export function errorLine(file: string | undefined, message: string, code: string, lang: Lang = 'en'): string {
  return `roadmap: ${file !== undefined ? `${safeName(file)}: ` : ''}${oneLine(errorMessage(code, message, lang))} [${code}]`;
}
