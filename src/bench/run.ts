// npm run bench: every benchmark of the project, in one run, printed as plain lines.
import { benchBatch } from './batch.js';
import { benchDates } from './dates.js';
import { benchDiff } from './diff.js';
import { benchReaders } from './readers.js';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const want = (name: string) => only.length === 0 || only.includes(name);
  const out = (lines: string[]) => process.stdout.write(lines.join('\n') + '\n\n');
  process.stdout.write(`roadmap benchmarks — node ${process.version}, ${new Date().toISOString()}\n\n`);
  if (want('dates')) out(await benchDates());
  if (want('readers')) out(await benchReaders());
  if (want('diff')) out(await benchDiff());
  if (want('batch')) out(await benchBatch());
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
