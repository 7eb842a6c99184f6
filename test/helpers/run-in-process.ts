// Run a roadmap command in this process, through the same `run(argv, io)` that bin/roadmap calls, with a
// fake IO: stdout and stderr are collected, stdin is the given text, nothing is a terminal, NO_COLOR set.
// A PDF or a Word file (or a text over 256 KiB) is read in a worker process, which the pool forks from the
// compiled worker beside it: from the sources under vitest there is none, so tests that read those formats
// stay with the binary (helpers/cli.ts); everything else runs here, without starting a process.
import { run } from '../../src/cli/run.js';
import type { IO } from '../../src/cli/io.js';
import { ROOT, type CliResult } from './cli.js';

export interface InProcessOptions {
  input?: string;
  cwd?: string;
  /** Variables set over the environment the command sees. */
  env?: Record<string, string | undefined>;
}

export async function cli(args: string[], options: InProcessOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: IO = {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: false },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    readStdin: async () => options.input ?? '',
    stdinIsTTY: false,
    // as the binary helper runs it: this process's environment (an English locale, see vitest.config.ts), no colour
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
    cwd: options.cwd ?? ROOT,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
