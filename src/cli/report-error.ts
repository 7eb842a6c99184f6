// One line on stderr for a failed input: the file, what is wrong, the error code. No stack trace
// unless --debug; an unexpected exception says it is a bug.
import { isRoadmapError } from '../errors.js';
import { oneLine, safeName } from '../io/error-line.js';
import type { IO } from './io.js';
import { errorMessage, say, type Lang } from '../messages/index.js';

export function describeError(e: unknown, file?: string, lang: Lang = 'en'): { code: string; line: string } {
  if (isRoadmapError(e)) {
    const name = e.file ?? file;
    return { code: e.code, line: `${name ? `${safeName(name)}: ` : ''}${oneLine(errorMessage(e.code, e.message, lang))} [${e.code}]` };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return {
    code: 'internal',
    line: `${file ? `${safeName(file)}: ` : ''}${say('bug', { message: oneLine(msg.split('\n')[0]!) }, lang)} [internal]`,
  };
}

export function printError(io: IO, e: unknown, file: string | undefined, debug: boolean, lang: Lang = 'en'): string {
  const { code, line } = describeError(e, file, lang);
  io.stderr.write(`roadmap: ${line}\n`);
  if (debug && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
  return code;
}
