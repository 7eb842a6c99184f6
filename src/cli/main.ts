// The process entry of bin/roadmap.
import { processIO } from './io.js';

export async function main(): Promise<void> {
  // a closed pipe (| head) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const argv = process.argv.slice(2);
  // the version needs nothing of the program: answer it before loading the commands
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    const { version } = await import('./version.js');
    process.stdout.write(`${version()}\n`);
    return;
  }
  const { run } = await import('./run.js');
  process.exitCode = await run(argv, processIO());
}
