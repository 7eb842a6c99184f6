import { errorMessage, type Lang } from '../messages/index.js';

// The one stderr line of an input that failed: «roadmap: FILE: message [code]». File names and
// messages come from outside (a hostile name, a library's multi-line message), so both are made one
// line that a terminal shows as text: no line breaks, no escape sequences, nothing endless.

/** Longest message shown; a library message can quote whole parts of a document. */
const MAX_MESSAGE = 300;

/** Control characters (C0, DEL, C1) and bidirectional overrides, which could redraw or reorder a terminal line. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function escape(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 10) return '\\n';
  if (code === 13) return '\\r';
  if (code === 9) return '\\t';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A file name as it can be shown on one line: control characters written as escapes. */
export function safeName(name: string): string {
  return name.replace(UNSAFE, escape);
}

/** A message on one line: runs of white space (line breaks, tabs) made one space, other controls escaped, long ones cut. */
export function oneLine(message: string): string {
  const flat = message.replace(/\s+/gu, ' ').trim().replace(UNSAFE, escape);
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}

export function errorLine(file: string | undefined, message: string, code: string, lang: Lang = 'en'): string {
  return `roadmap: ${file !== undefined ? `${safeName(file)}: ` : ''}${oneLine(errorMessage(code, message, lang))} [${code}]`;
}
