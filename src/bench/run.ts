// npm run bench: every benchmark of the project, in one run, printed as plain lines.
//   npm run bench -- [--quick] [dates|readers|diff|startup|batch|growth ...]
// --quick: fewer rounds and no PDF plans (a few minutes); figures are noisier.
import { benchBatch } from './batch.js';
import { benchDates } from './dates.js';
import { benchDiff } from './diff.js';
import { benchGrowth } from './growth.js';
import { loadLine } from './measure.js';
import { benchReaders } from './readers.js';
import { benchStartup } from './startup.js';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.filter((a) => !a.startsWith('--'));
  const want = (name: string) => only.length === 0 || only.includes(name);
  const out = (lines: string[]) => process.stdout.write(lines.join('\n') + '\n\n');
  process.stdout.write(`roadmap benchmarks — node ${process.version}, ${new Date().toISOString()}${quick ? ', --quick' : ''}\n`);
  process.stdout.write(`before: ${loadLine()}\n\n`);
  if (want('dates')) out(await benchDates(quick ? 500 : 1500));
  if (want('readers')) out(await benchReaders(quick));
  if (want('diff')) out(await benchDiff());
  if (want('startup')) out(benchStartup(quick));
  if (want('batch')) out(await benchBatch(quick));
  if (want('growth')) out(await benchGrowth(quick));
  process.stdout.write(`after: ${loadLine()}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
