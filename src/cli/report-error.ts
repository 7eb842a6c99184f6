// One line on stderr for a failed input: the file, what is wrong, the error code. No stack trace
// unless --debug; an unexpected exception says it is a bug.
import { isRoadmapError } from '../errors.js';
import { oneLine, safeName } from './error-line.js';
import type { IO } from './io.js';

export function describeError(e: unknown, file?: string): { code: string; line: string } {
  if (isRoadmapError(e)) {
    const name = e.file ?? file;
    return { code: e.code, line: `${name ? `${safeName(name)}: ` : ''}${oneLine(e.message)} [${e.code}]` };
  }
  const msg = e instanceof Error ? e.message : String(e);
  return {
    code: 'internal',
    line: `${file ? `${safeName(file)}: ` : ''}unexpected error: ${oneLine(msg.split('\n')[0]!)} [internal] — this is a bug in roadmap; please report it with the file`,
  };
}

export function printError(io: IO, e: unknown, file: string | undefined, debug: boolean): string {
  const { code, line } = describeError(e, file);
  io.stderr.write(`roadmap: ${line}\n`);
  if (debug && e instanceof Error && e.stack) io.stderr.write(e.stack + '\n');
  return code;
}
