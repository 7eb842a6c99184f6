// Exit codes of the roadmap command, one meaning each (see the README).
import type { ErrorCode } from '../errors.js';

export const EXIT = {
  ok: 0,
  /** Some inputs failed (batch), findings (validate), differences (diff). */
  failed: 1,
  /** Bad usage, a bad config. */
  usage: 2,
  /** A bug or a failure that stops everything. */
  fatal: 3,
  unsupported: 4,
  noTextLayer: 5,
  encrypted: 6,
  overLimit: 7,
} as const;

/** The exit code for a single input that failed with this error. */
export function exitForError(code: ErrorCode): number {
  switch (code) {
    case 'unsupported-format':
      return EXIT.unsupported;
    case 'no-text-layer':
      return EXIT.noTextLayer;
    case 'encrypted':
      return EXIT.encrypted;
    case 'too-large':
    case 'timeout':
      return EXIT.overLimit;
    case 'internal':
      return EXIT.fatal;
    default:
      return EXIT.failed;
  }
}
