// roadmap diff A B: what changed between two plans (documents or model JSON), item by item.
// Exit codes as diff(1): 0 the same, 1 different, 2 trouble.
import { Option } from 'commander';
import { resolve } from 'node:path';
import type { DiffResult } from '../../diff/index.js';
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { printError } from '../report-error.js';

interface DiffFlags {
  format: 'text' | 'markdown' | 'json';
  only?: string;
  pretty?: boolean;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

export const registerDiff: RegisterCommand = (program, ctx) => {
  program
    .command('diff')
    .description('show what changed between two plans, item by item (each a document or a model JSON)')
    .argument('<a>', 'the earlier plan: a document (.docx, .pdf, .txt, .html) or a model JSON from `roadmap parse`')
    .argument('<b>', 'the later plan (or the report on plan a)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .option(
      '--only <aspects>',
      'look only at these, comma-separated: requisites, roadmap, sections, added, removed, moved, activity, timeframe, responsible, result, indicator, info, links, extra, report',
    )
    .option('--pretty', 'indent the JSON')
    .option('--color', 'colour the text output even when stdout is not a terminal')
    .option('--no-color', 'no colour (also: the NO_COLOR environment variable)')
    .option('-q, --quiet', 'print nothing; only the exit code tells')
    .option('--debug', 'print stack traces of errors')
    .addHelpText(
      'after',
      `
Items are matched by their wording (and by number where the numbering is stable), so an inserted
item is one addition and a renumbered one is a move. When one side has a report column
(«Отчетная информация», «Отметка о выполнении») and the other none, the planned items with no
report entry are listed.
Exit codes: 0 no differences; 1 differences; 2 trouble (a file unreadable, bad usage).`,
    )
    .action(async (pathA: string, pathB: string, flags: DiffFlags) => {
      const { io } = ctx;
      const { diffModels, parseAspects } = await import('../../diff/index.js');
      let only;
      try {
        only = flags.only === undefined ? undefined : parseAspects(flags.only);
      } catch (e) {
        io.stderr.write(`roadmap diff: --only: ${(e as Error).message}\n`);
        return ctx.exit(EXIT.usage);
      }
      const { loadModel } = await import('../../io/load-model.js');
      // documents are parsed under the limits of `roadmap parse`: PDFs and Word files in worker processes
      const { isolatedReader } = await import('../../batch/isolated-reader.js');
      const reader = isolatedReader({ jobs: 2 });
      const loaded = [];
      try {
        for (const path of [pathA, pathB]) {
          try {
            loaded.push(await loadModel(resolve(io.cwd, path), { file: path, reader }));
          } catch (e) {
            printError(io, e, path, flags.debug ?? false, ctx.lang);
            // diff(1): trouble is 2, whatever the trouble
            return ctx.exit(EXIT.usage);
          }
        }
      } finally {
        await reader.close();
      }
      const [a, b] = loaded as [(typeof loaded)[number], (typeof loaded)[number]];
      const result = diffModels(a.model, b.model, {
        ...(only ? { only } : {}),
        a: { path: pathA, from: a.from },
        b: { path: pathB, from: b.from },
      });
      if (!flags.quiet) io.stdout.write(await render(result, flags, colourWanted(flags.color, io.env, io.stdout.isTTY)));
      ctx.exit(result.same ? EXIT.ok : EXIT.failed);
    });
};

async function render(result: DiffResult, flags: DiffFlags, color: boolean): Promise<string> {
  switch (flags.format) {
    case 'json':
      return (await import('../../diff/format/json.js')).formatJson(result, { pretty: flags.pretty ?? false });
    case 'markdown':
      return (await import('../../diff/format/markdown.js')).formatMarkdown(result);
    default:
      return (await import('../../diff/format/text.js')).formatText(result, { color });
  }
}

/** --color / --no-color first; then NO_COLOR (set and not empty) turns colour off, FORCE_COLOR on; else a TTY. */
function colourWanted(flag: boolean | undefined, env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return Boolean(isTTY);
}
