// Run the roadmap program in this process against a recorded IO (faster than spawning the binary).
import { run } from '../../src/cli/run.js';
import type { IO } from '../../src/cli/io.js';
import { ROOT } from './cli.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(argv: string[], options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: string | Buffer } = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin === undefined ? Buffer.alloc(0) : Buffer.from(options.stdin);
  const io: IO = {
    stdout: { write: (s: string) => void (stdout += s) },
    stderr: { write: (s: string) => void (stderr += s) },
    readStdin: async () => input.toString('utf8'),
    readStdinBytes: async () => input,
    stdinIsTTY: false,
    env: { NO_COLOR: '1', ...(options.env ?? { LANG: 'en_US.UTF-8' }) },
    cwd: options.cwd ?? ROOT,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
