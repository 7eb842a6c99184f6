// roadmap validate: documents or model JSON files in, located findings out (stylish, json, github, sarif).
// Only maps options to the linter (src/lint) and picks the exit code: 0 clean, 1 errors (or too many
// warnings), 2 an input that cannot be read or a bad config.
import { Option } from 'commander';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { FileResult, FormatName, LintConfig } from '../../lint/index.js';
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { compileGlob } from '../../io/glob.js';
import type { IO } from '../io.js';
import { oneLine, safeName } from '../../io/error-line.js';
import { printError } from '../report-error.js';
import { say } from '../../messages/index.js';

interface ValidateFlags {
  format: FormatName;
  output?: string;
  /** A path, or false for --no-config. */
  config?: string | false;
  asOf?: string;
  planYear?: string;
  maxWarnings?: string;
  quiet?: boolean;
  color?: boolean;
  debug?: boolean;
}

/** What folders are searched for: the formats the parser reads, and model JSON. */
const EXTENSIONS = ['.docx', '.pdf', '.txt', '.html', '.htm', '.json'];

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command('validate')
    .description('check roadmaps (documents or model JSON) against the schema and the lint rules')
    .argument('<files...>', 'documents (.docx, .pdf, .txt, .html), model JSON files, folders or globs')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['stylish', 'json', 'github', 'sarif']).default('stylish'))
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of the nearest .roadmaprc.yaml')
    .option('--no-config', 'use no config file')
    .option('--as-of <date>', 'check items for being overdue on this day (YYYY-MM-DD or today)')
    .option('--plan-year <year>', 'the plan year for roadmaps that state no period')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings')
    .option('-q, --quiet', 'report errors only')
    .option('--color', 'colour the stylish report even when not on a terminal')
    .option('--no-color', 'never colour the report')
    .option('--debug', 'print stack traces of errors')
    .addHelpText(
      'after',
      `
Folders are searched for .docx, .pdf, .txt, .html and .json files. The config is the nearest
.roadmaprc.yaml (or .yml) in the working directory or a folder above it.
Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings; 2 a file could not be read,
a pattern matched nothing, bad usage or a bad config; 3 a bug.`,
    )
    .action(async (files: string[], flags: ValidateFlags) => {
      const { io } = ctx;
      const lint = await import('../../lint/index.js');
      const usage = (message: string) => {
        io.stderr.write(`roadmap: ${message}\n`);
        ctx.exit(EXIT.usage);
      };

      const maxWarnings = flags.maxWarnings === undefined ? null : /^\d+$/u.test(flags.maxWarnings) ? Number(flags.maxWarnings) : NaN;
      if (Number.isNaN(maxWarnings)) return usage(`--max-warnings: «${flags.maxWarnings}» is not a whole number`);
      const planYearFlag = flags.planYear === undefined ? null : /^\d{4}$/u.test(flags.planYear) ? Number(flags.planYear) : NaN;
      if (Number.isNaN(planYearFlag)) return usage(`--plan-year: «${flags.planYear}» is not a year`);
      const asOfFlag = flags.asOf === undefined ? null : lint.checkAsOf(flags.asOf);
      if (flags.asOf !== undefined && asOfFlag === null) return usage(`--as-of: «${flags.asOf}» is not a day; write YYYY-MM-DD or today`);

      let config: LintConfig;
      try {
        config = await readConfig(flags.config, io.cwd, lint);
      } catch (e) {
        if (e instanceof lint.ConfigError) {
          // a config's keys and values can hold anything, line breaks and escape sequences included
          io.stderr.write(`roadmap: ${safeName(e.where)}: ${oneLine(e.message)} [config]\n`);
          return ctx.exit(EXIT.usage);
        }
        throw e;
      }
      const asOf = resolveDay(asOfFlag ?? config.asOf);
      const planYear = planYearFlag ?? config.planYear;

      const { expandInputs } = await import('../../io/inputs.js');
      const { inputs, missing } = await expandInputs(files, { cwd: io.cwd, extensions: EXTENSIONS });
      let code: number = EXIT.ok;
      for (const pattern of missing) {
        io.stderr.write(`roadmap: ${safeName(pattern)}: no files match [file-not-found]\n`);
        code = EXIT.usage;
      }
      const ignored = ignoreMatcher(config);
      const todo = inputs.filter((i) => !ignored(i.abs));
      if (inputs.length > 0 && todo.length === 0) {
        io.stderr.write('roadmap: every input matches an ignore pattern of the config; nothing to validate\n');
        code = EXIT.usage;
      }

      const results: FileResult[] = [];
      // documents are parsed under the limits of `roadmap parse`: PDFs and Word files in worker processes
      const { isolatedReader } = await import('../../batch/isolated-reader.js');
      const reader = isolatedReader({ jobs: 1 });
      for (const input of todo) {
        const result = await lint.lintFile(input.abs, input.path, { rules: config.rules, asOf, planYear, reader, lang: ctx.lang });
        if (result.failure) {
          printError(io, result.cause, input.path, flags.debug ?? false, ctx.lang);
          code = Math.max(code, result.failure.code === 'internal' ? EXIT.fatal : EXIT.usage);
        }
        if (flags.quiet) result.findings = result.findings.filter((f) => f.severity === 'error');
        results.push(result);
      }
      await reader.close();

      const toFile = flags.output !== undefined;
      const color = flags.color ?? (!toFile && wantsColor(io));
      const report = lint.FORMATTERS[flags.format](results, { color, cwd: io.cwd, version: version(), rules: lint.RULES, lang: ctx.lang });
      if (toFile) {
        const { writeFileAtomic } = await import('../../io/atomic-write.js');
        try {
          await writeFileAtomic(resolve(io.cwd, flags.output!), report, flags.output);
        } catch (e) {
          printError(io, e, undefined, flags.debug ?? false, ctx.lang);
          return ctx.exit(Math.max(code, EXIT.failed));
        }
      } else io.stdout.write(report);

      const counts = lint.countFindings(results.flatMap((r) => r.findings));
      if (code === EXIT.ok && counts.errors > 0) code = EXIT.failed;
      if (code === EXIT.ok && maxWarnings !== null && counts.warnings > maxWarnings) {
        io.stderr.write(`roadmap: ${say('too-many-warnings', { n: counts.warnings, max: maxWarnings! }, ctx.lang)}\n`);
        code = EXIT.failed;
      }
      ctx.exit(code);
    });
};

async function readConfig(flag: string | false | undefined, cwd: string, lint: typeof import('../../lint/index.js')): Promise<LintConfig> {
  if (flag === false) return lint.defaultConfig(cwd);
  if (typeof flag === 'string') return lint.loadConfig(resolve(cwd, flag), flag);
  const found = await lint.findConfig(cwd);
  return found === null ? lint.defaultConfig(cwd) : lint.loadConfig(found, relative(cwd, found) || found);
}

/** «today» as the local calendar day; an ISO day as it is. */
function resolveDay(day: string | null): string | null {
  if (day !== 'today') return day;
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/**
 * Ignore patterns, relative to the config's folder, as in .gitignore: «drafts/» or «drafts» takes the
 * folder, «*.cp1251.txt» (no slash) a name at any depth, «plans/2021/**» a path.
 */
function ignoreMatcher(config: LintConfig): (abs: string) => boolean {
  const tests = config.ignore.map((raw) => {
    const p = raw.replace(/^\.\//u, '').replace(/\/+$/u, '');
    // each pattern was compiled once already, when the config was read: it is well formed
    const whole = compileGlob(p);
    const inside = compileGlob(`${p}/**`);
    const byName = p.includes('/') ? null : whole;
    return (rel: string) => whole(rel) || inside(rel) || (byName !== null && byName(rel.split('/').at(-1)!));
  });
  return (abs) => {
    if (tests.length === 0) return false;
    const rel = relative(config.dir, abs).split(sep).join('/');
    return tests.some((t) => t(rel));
  };
}

/** Colour on a terminal, never with NO_COLOR; FORCE_COLOR turns it on elsewhere. */
function wantsColor(io: IO): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '' && io.env.FORCE_COLOR !== '0') return true;
  return Boolean(io.stdout.isTTY) && io.env.TERM !== 'dumb';
}

function version(): string {
  return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
