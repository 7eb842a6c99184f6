// roadmap parse: documents in, roadmap models out — one file in-process, or many (folders, globs)
// through a pool of worker processes, to stdout (a JSON array or NDJSON) or one file each.
import { Option } from 'commander';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { RegisterCommand } from '../command.js';
import { EXIT, exitForError } from '../exit-codes.js';
import { errorLine, safeName } from '../../io/error-line.js';
import { isRoadmapError } from '../../errors.js';
import { printError } from '../report-error.js';
import { parseFormat, serialize, type OutputFormat } from '../../io/serialize.js';
import { DEFAULT_LIMITS } from '../../readers/limits.js';
import { MIN_MEMORY_MB } from '../../batch/pool.js';
import { formatSize, parsePositiveInt, parseSize, parseTimeout } from '../size-option.js';
import { localizeModel, say } from '../../messages/index.js';

interface ParseFlags {
  output?: string;
  outDir?: string;
  pretty?: boolean;
  format: OutputFormat;
  ndjson?: boolean;
  jobs?: string;
  force?: boolean;
  incremental?: boolean;
  failFast?: boolean;
  timeout: string;
  maxFileSize: string;
  maxPdfPages: string;
  maxPdfStreamSize: string;
  maxDocxEntrySize: string;
  maxInflateRatio: string;
  maxDocxElements: string;
  maxXmlDepth: string;
  maxLineLength: string;
  maxPdfImagePixels: string;
  maxPdfFormVisits: string;
  maxMemory: string;
  debug?: boolean;
  quiet?: boolean;
}

const GLOB = /[*?[\]{}]/u;

export const registerParse: RegisterCommand = (program, ctx) => {
  program
    .command('parse')
    .description('parse orders (.docx, .pdf, .txt, .html) into the roadmap model')
    .argument('<inputs...>', 'documents, folders (walked recursively) or globs; the format is told from the bytes')
    .option('-o, --output <file>', 'write the JSON (or YAML) to this file instead of stdout')
    .option('--out-dir <dir>', 'write one model per input into this folder, mirroring the input tree, with summary.json')
    .option('--pretty', 'indent the JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .option('--ndjson', 'stream one model per line to stdout')
    .option('-j, --jobs <n>', 'worker processes for several inputs (default: the number of cores)')
    .option('-f, --force', 'replace existing outputs in --out-dir')
    .option('--incremental', 'in --out-dir, skip inputs whose recorded source hash is unchanged')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--timeout <seconds>', 'time limit per document', '60')
    .option('--max-file-size <size>', 'largest input file', formatSize(DEFAULT_LIMITS.maxFileBytes))
    .option('--max-pdf-pages <n>', 'most PDF pages read', String(DEFAULT_LIMITS.maxPdfPages))
    .option('--max-pdf-stream-size <size>', 'largest decoded (inflated) stream of a PDF', formatSize(DEFAULT_LIMITS.maxPdfStreamBytes))
    .option('--max-docx-entry-size <size>', 'largest inflated part of a .docx', formatSize(DEFAULT_LIMITS.maxDocxEntryBytes))
    .option('--max-inflate-ratio <n>', 'largest inflated/compressed ratio of a .docx part', String(DEFAULT_LIMITS.maxInflateRatio))
    .option('--max-docx-elements <n>', 'most XML elements in a .docx', String(DEFAULT_LIMITS.maxDocxElements))
    .option('--max-xml-depth <n>', 'deepest nesting of XML or HTML elements, or of PDF graphics states', String(DEFAULT_LIMITS.maxXmlDepth))
    .option('--max-line-length <n>', 'longest line of a .txt file, in characters', String(DEFAULT_LIMITS.maxLineLength))
    .option('--max-pdf-image-pixels <n>', 'most pixels of one PDF image (width × height), checked before decoding', String(DEFAULT_LIMITS.maxPdfImagePixels))
    .option('--max-pdf-form-visits <n>', 'most forms one PDF form draws, with the forms they draw in turn', String(DEFAULT_LIMITS.maxPdfFormVisits))
    .option('--max-memory <MB>', 'memory limit of each worker process', '1024')
    .option('-q, --quiet', 'no progress, only errors')
    .option('--debug', 'print stack traces of errors')
    .addHelpText(
      'after',
      `
One input gives its model; several give a JSON array (or NDJSON with --ndjson, or one file each with
--out-dir). Several inputs, folders and globs are converted in parallel by worker processes, each under
a time and memory limit; a bad file costs one line on stderr and never stops the rest.

Exit codes: 0 all parsed; 1 some input failed; 2 bad usage; 3 a bug; 130 interrupted.
For a single input also: 4 unsupported format, 5 a PDF with no text layer (a scan), 6 encrypted,
7 over a limit.`,
    )
    .action(async (args: string[], flags: ParseFlags) => {
      const { io } = ctx;
      let limits;
      let jobs: number;
      let timeoutMs: number;
      let memoryMb: number;
      try {
        limits = {
          maxFileBytes: parseSize(flags.maxFileSize),
          maxPdfPages: parsePositiveInt(flags.maxPdfPages, '--max-pdf-pages'),
          maxPdfStreamBytes: parseSize(flags.maxPdfStreamSize),
          maxDocxEntryBytes: parseSize(flags.maxDocxEntrySize),
          maxInflateRatio: parsePositiveInt(flags.maxInflateRatio, '--max-inflate-ratio'),
          maxDocxElements: parsePositiveInt(flags.maxDocxElements, '--max-docx-elements'),
          maxXmlDepth: parsePositiveInt(flags.maxXmlDepth, '--max-xml-depth'),
          maxLineLength: parsePositiveInt(flags.maxLineLength, '--max-line-length'),
          maxPdfImagePixels: parsePositiveInt(flags.maxPdfImagePixels, '--max-pdf-image-pixels'),
          maxPdfFormVisits: parsePositiveInt(flags.maxPdfFormVisits, '--max-pdf-form-visits'),
        };
        jobs = flags.jobs === undefined ? availableParallelism() : parsePositiveInt(flags.jobs, '--jobs');
        timeoutMs = parseTimeout(flags.timeout);
        memoryMb = parsePositiveInt(flags.maxMemory, '--max-memory');
        if (memoryMb < MIN_MEMORY_MB) throw new Error(`--max-memory ${memoryMb}: a worker process needs at least ${MIN_MEMORY_MB} MB to start`);
      } catch (e) {
        io.stderr.write(`roadmap: ${(e as Error).message}\n`);
        return ctx.exit(EXIT.usage);
      }
      const format = parseFormat(flags.format);
      const usage = (msg: string) => {
        io.stderr.write(`roadmap: ${msg}\n`);
        ctx.exit(EXIT.usage);
      };
      if (flags.output && flags.outDir) return usage('use either -o/--output or --out-dir, not both');
      if (flags.ndjson && (flags.outDir || format === 'yaml')) return usage('--ndjson writes JSON lines to stdout: it goes with neither --out-dir nor --format yaml');
      if ((flags.incremental || flags.force) && !flags.outDir) return usage('--force and --incremental apply to --out-dir');
      const outDir = flags.outDir ? resolve(io.cwd, flags.outDir) : undefined;
      const { realPath } = await import('../../batch/output-paths.js');
      const realOut = outDir ? realPath(outDir) : undefined;
      if (outDir) {
        for (const a of args) {
          const abs = resolve(io.cwd, a);
          // by real path: a link to the input folder is the input folder
          if (!GLOB.test(a) && realPath(abs) === realOut && existsSync(abs) && statSync(abs).isDirectory()) {
            return usage(`--out-dir ${flags.outDir} is an input folder: choose another folder (outputs inside an input folder are skipped when it is walked)`);
          }
        }
      }

      const { expandInputs } = await import('../../io/inputs.js');
      const { inputs, missing } = await expandInputs(args, { cwd: io.cwd, exclude: outDir ? [outDir, realOut!] : [] });
      for (const m of missing) io.stderr.write(`roadmap: ${safeName(m)}: ${say('no-match', {}, ctx.lang)}\n`);
      const plain = args.length === 1 && !GLOB.test(args[0]!) && inputs.length === 1 && inputs[0]!.root === undefined;
      if (plain && !outDir && !flags.ndjson) return single(ctx, inputs[0]!.path, flags, format, limits, { timeoutMs, memoryMb });
      if (inputs.length === 0) {
        io.stderr.write('roadmap: no input files found\n');
        return ctx.exit(EXIT.failed);
      }
      if (flags.output && inputs.some((i) => i.abs === resolve(io.cwd, flags.output!))) return usage(`${flags.output}: refusing to overwrite an input`);

      const { runBatch } = await import('../../batch/run-batch.js');
      const { version } = await import('../version.js');
      let file: import('../../io/atomic-write.js').AtomicStream | null = null;
      if (flags.output) {
        const { openAtomicStream } = await import('../../io/atomic-write.js');
        try {
          file = openAtomicStream(resolve(io.cwd, flags.output), flags.output);
        } catch (e) {
          printError(io, e, undefined, flags.debug ?? false, ctx.lang);
          return ctx.exit(EXIT.failed);
        }
      }
      // Ctrl-C, or a write to -o that failed (every later one would too), stops the batch
      const interrupts = io.interrupts?.();
      const stop = new AbortController();
      interrupts?.signal.addEventListener('abort', () => stop.abort(), { once: true });
      file?.onFailure(() => stop.abort());
      try {
        const outcome = await runBatch({
          inputs,
          outDir,
          ...(flags.outDir ? { outDirShown: flags.outDir } : {}),
          ndjson: flags.ndjson ?? false,
          format,
          pretty: flags.pretty ?? false,
          jobs,
          timeoutMs,
          memoryMb,
          limits,
          force: flags.force ?? false,
          incremental: flags.incremental ?? false,
          failFast: flags.failFast ?? false,
          quiet: flags.quiet ?? false,
          lang: ctx.lang,
          version: version(),
          stdout: file ? file.sink : io.stdout,
          stderr: io.stderr,
          signal: stop.signal,
        });
        const writeFailure = file?.failure() ?? null;
        if (file) {
          if (outcome.interrupted || writeFailure) await file.abort();
          else {
            try {
              await file.close();
            } catch (e) {
              printError(io, e, undefined, flags.debug ?? false, ctx.lang);
              return ctx.exit(EXIT.failed);
            }
          }
        }
        if (writeFailure) {
          printError(io, writeFailure, undefined, flags.debug ?? false, ctx.lang);
          return ctx.exit(EXIT.failed);
        }
        if (outcome.stopped) io.stderr.write(`${errorLine(undefined, `${outcome.stopped.message}: the batch is stopped, as every output would fail the same way`, 'write-failed', ctx.lang)}\n`);
        const counts = { ok: 0, unchanged: 0, failed: 0, interrupted: 0 };
        for (const e of outcome.entries) counts[e.status]++;
        if (!flags.quiet || counts.failed > 0 || outcome.stopped) {
          const lang = ctx.lang;
          const summary = outDir ? join(flags.outDir!, 'summary.json') : null;
          const unwritten = outcome.summaryFailed !== undefined || (outcome.stopped !== undefined && counts.ok + counts.failed === 0);
          const line = say(
            'batch-summary',
            {
              converted: counts.ok,
              unchanged: counts.unchanged ? say('batch-unchanged', { n: counts.unchanged }, lang) : '',
              failed: counts.failed,
              interrupted: counts.interrupted ? say(outcome.stopped ? 'batch-stopped' : 'batch-interrupted', { n: counts.interrupted }, lang) : '',
              see: summary === null ? '' : say(unwritten ? 'batch-unwritten' : 'batch-see', { file: summary }, lang),
            },
            lang,
          );
          io.stderr.write(`roadmap: ${line}\n`);
        }
        if (missing.length || outcome.stopped) ctx.exit(EXIT.failed);
        if (outcome.interrupted && !flags.failFast) return ctx.exit(130);
        ctx.exit(counts.failed > 0 || counts.interrupted > 0 ? EXIT.failed : EXIT.ok);
      } catch (e) {
        if (file) await file.abort();
        printError(io, e, undefined, flags.debug ?? false, ctx.lang);
        ctx.exit(EXIT.fatal);
      } finally {
        interrupts?.release();
      }
    });
};

/**
 * One document, read by the same isolated reader as validate, diff and report: plain text in this
 * process; a PDF, a Word file or a large file in a worker process under the time and memory limits,
 * since a hostile one could otherwise hang or exhaust this process.
 */
async function single(
  ctx: Parameters<RegisterCommand>[1],
  file: string,
  flags: ParseFlags,
  format: OutputFormat,
  limits: Partial<import('../../readers/limits.js').Limits>,
  guard: { timeoutMs: number; memoryMb: number },
): Promise<void> {
  const { io } = ctx;
  const abs = resolve(io.cwd, file);
  if (flags.output && abs === resolve(io.cwd, flags.output)) {
    io.stderr.write(`roadmap: ${flags.output}: refusing to overwrite an input\n`);
    return ctx.exit(EXIT.usage);
  }
  const { isolatedReader } = await import('../../batch/isolated-reader.js');
  const interrupts = io.interrupts?.();
  const reader = isolatedReader({ jobs: 1, ...guard, limits, ...(interrupts ? { signal: interrupts.signal } : {}) });
  let text: string;
  try {
    text = await serialize(localizeModel(await reader.read(abs, file), ctx.lang), format, flags.pretty ?? false);
  } catch (e) {
    if (isRoadmapError(e) && e.code === 'interrupted') return ctx.exit(130);
    const code = printError(io, e, file, flags.debug ?? false, ctx.lang);
    return ctx.exit(exitForError(code as never));
  } finally {
    await reader.close();
    interrupts?.release();
  }
  if (flags.output) {
    const { writeFileAtomic } = await import('../../io/atomic-write.js');
    try {
      await writeFileAtomic(resolve(io.cwd, flags.output), text, flags.output);
    } catch (e) {
      printError(io, e, undefined, flags.debug ?? false, ctx.lang);
      return ctx.exit(EXIT.failed);
    }
  } else io.stdout.write(text);
  ctx.exit(EXIT.ok);
}
