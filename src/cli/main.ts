// The process entry of bin/roadmap.
import { processIO } from './io.js';
import { run } from './run.js';

export async function main(): Promise<void> {
  // a closed pipe (| head) is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  process.exitCode = await run(process.argv.slice(2), processIO());
}
