// What a command may touch of the outside world, so tests can run commands in-process.
export interface IO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** Reads all of standard input (for commands that take data on stdin). */
  readStdin(): Promise<string>;
  /** Reads standard input as bytes, for documents given as «-». */
  readStdinBytes?(): Promise<Buffer>;
  stdinIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** A signal that fires on Ctrl-C (SIGINT/SIGTERM) until `release` is called; long work stops cleanly on it. */
  interrupts?(): { signal: AbortSignal; release(): void };
}

export function processIO(): IO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    env: process.env,
    cwd: process.cwd(),
    interrupts: () => {
      const controller = new AbortController();
      const onSignal = () => controller.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      return {
        signal: controller.signal,
        release: () => {
          process.removeListener('SIGINT', onSignal);
          process.removeListener('SIGTERM', onSignal);
        },
      };
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    readStdinBytes: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
