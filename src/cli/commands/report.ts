// roadmap report: documents or model JSON in, one report out (Markdown, HTML, JSON, CSV or iCalendar) —
// the status on a day, the load per party and per month, and the plan as a timeline.
import { Option } from 'commander';
import { extname, resolve } from 'node:path';
import type { RegisterCommand } from '../command.js';
import { EXIT, exitForError } from '../exit-codes.js';
import { errorLine, safeName } from '../../io/error-line.js';
import { printError } from '../report-error.js';
import { formatSize, parseSize } from '../size-option.js';

const FORMATS = ['markdown', 'html', 'json', 'csv', 'ics'] as const;
type Format = (typeof FORMATS)[number];

const BY_EXTENSION: Record<string, Format> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html', '.json': 'json', '.csv': 'csv', '.ics': 'ics' };

/** What a folder given as an input contributes: documents and model JSON. */
const INPUT_EXTENSIONS = ['.docx', '.pdf', '.txt', '.html', '.htm', '.json'];

/**
 * Most bytes of input one report reads (model JSON and documents together): the models are held in
 * this process and the report is one string, which Node caps at about 512 MB.
 */
export const DEFAULT_MAX_REPORT_INPUT = 128 * 1024 * 1024;

interface ReportFlags {
  maxInputSize: string;
  asOf?: string;
  format?: Format;
  output?: string;
  delimiter?: string;
  debug?: boolean;
}

export const registerReport: RegisterCommand = (program, ctx) => {
  program
    .command('report')
    .description('report on roadmaps: status on a day, load per party and month, a timeline (Markdown, HTML, JSON, CSV, iCalendar)')
    .argument('<files...>', 'documents (.docx, .pdf, .txt) or model JSON from `roadmap parse`; folders and globs too')
    .option('--as-of <date>', 'judge the status on this day (YYYY-MM-DD, or "today"): done, ongoing, due in 30 days, overdue')
    .addOption(new Option('--format <format>', 'output format (default: from the -o extension, else markdown)').choices([...FORMATS]))
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option('--delimiter <char>', 'CSV field delimiter: "," (default, RFC 4180) or ";" (Excel in a Russian locale)')
    .option('--max-input-size <size>', 'largest total size of the inputs of one report', formatSize(DEFAULT_MAX_REPORT_INPUT))
    .option('--debug', 'print stack traces of errors')
    .addHelpText(
      'after',
      `
Several files give one combined report with a column for the source.
Formats: markdown (default), html (one self-contained file with an SVG timeline; prints on A4),
json (the report data), csv (one row per item, UTF-8 with BOM), ics (calendar events; repeats as RRULE).
Exit codes: 0 written; 1 an input failed (the report covers the others); 2 bad usage;
3 a bug; 7 the inputs or the report are over a limit; for a single input, the codes of \`roadmap parse\`.`,
    )
    .action(async (files: string[], flags: ReportFlags) => {
      const { io } = ctx;
      const asOf = resolveAsOf(flags.asOf);
      if (asOf === undefined) {
        io.stderr.write(`roadmap: --as-of ${flags.asOf}: use a day as YYYY-MM-DD, or "today"\n`);
        return ctx.exit(EXIT.usage);
      }
      const format: Format = flags.format ?? (flags.output ? BY_EXTENSION[extname(flags.output).toLowerCase()] : undefined) ?? 'markdown';
      if (flags.delimiter !== undefined && flags.delimiter !== ',' && flags.delimiter !== ';') {
        io.stderr.write(`roadmap: --delimiter ${flags.delimiter}: use "," or ";"\n`);
        return ctx.exit(EXIT.usage);
      }
      if (flags.delimiter !== undefined && format !== 'csv') {
        io.stderr.write('roadmap: --delimiter applies to --format csv only\n');
        return ctx.exit(EXIT.usage);
      }
      let maxInput: number;
      try {
        maxInput = parseSize(flags.maxInputSize);
      } catch (e) {
        io.stderr.write(`roadmap: --max-input-size: ${(e as Error).message}\n`);
        return ctx.exit(EXIT.usage);
      }
      const { expandInputs } = await import('../../io/inputs.js');
      const { inputs, missing } = await expandInputs(files, { cwd: io.cwd, extensions: INPUT_EXTENSIONS });
      const out = flags.output ? resolve(io.cwd, flags.output) : null;
      if (out && inputs.some((i) => i.abs === out)) {
        io.stderr.write(`roadmap: ${safeName(flags.output!)}: refusing to overwrite an input\n`);
        return ctx.exit(EXIT.usage);
      }
      for (const m of missing) io.stderr.write(`roadmap: ${safeName(m)}: no files match [file-not-found]\n`);
      if (inputs.length === 0 && missing.length === 0) {
        io.stderr.write(`roadmap: ${safeName(files.join(' '))}: no documents or model JSON found [file-not-found]\n`);
        return ctx.exit(EXIT.failed);
      }

      // the inputs' size is known before any is read: a report too large to hold fails at once
      const total = await totalSize(inputs.map((i) => i.abs));
      if (total > maxInput) {
        io.stderr.write(
          `${errorLine(undefined, `the inputs total ${total} bytes, over the limit of ${maxInput} for one report (raise it with --max-input-size, or report on fewer files)`, 'too-large', ctx.lang)}\n`,
        );
        return ctx.exit(EXIT.overLimit);
      }

      const { loadModel } = await import('../../io/load-model.js');
      const { buildReport, formatReport, sourceLabels } = await import('../../report/index.js');
      const loaded: Array<{ path: string; model: import('../../model/index.js').RoadmapModel }> = [];
      let failed = missing.length;
      let lastCode = 'file-not-found';
      // documents are parsed under the limits of `roadmap parse`: PDFs and Word files in worker processes
      const { isolatedReader } = await import('../../batch/isolated-reader.js');
      const reader = isolatedReader({ jobs: 1 });
      for (const input of inputs) {
        try {
          loaded.push({ path: input.path, model: (await loadModel(input.abs, { file: input.path, reader })).model });
        } catch (e) {
          failed++;
          lastCode = printError(io, e, input.path, flags.debug ?? false, ctx.lang);
        }
      }
      await reader.close();
      if (loaded.length === 0) {
        if (inputs.length + missing.length === 1) return ctx.exit(exitForError(lastCode as never));
        return ctx.exit(EXIT.failed);
      }
      const labels = sourceLabels(loaded.map((l) => l.path));
      const report = buildReport(
        loaded.map((l, i) => ({ label: labels[i]!, model: l.model })),
        { asOf },
      );
      let text: string;
      try {
        text = formatReport(report, format, { delimiter: flags.delimiter as ',' | ';' | undefined, stamp: stampOf(io.env) });
      } catch (e) {
        // the one string a report is written as has a ceiling in Node (about 512 MB)
        if (!(e instanceof RangeError && /Invalid string length/u.test(e.message))) throw e;
        io.stderr.write(`${errorLine(undefined, 'the report is larger than one string can hold (about 512 MB): report on fewer files', 'too-large', ctx.lang)}\n`);
        return ctx.exit(EXIT.overLimit);
      }
      if (out) {
        const { writeFileAtomic } = await import('../../io/atomic-write.js');
        try {
          await writeFileAtomic(out, text, flags.output);
        } catch (e) {
          printError(io, e, undefined, flags.debug ?? false, ctx.lang);
          return ctx.exit(EXIT.failed);
        }
      } else io.stdout.write(text);
      ctx.exit(failed > 0 ? EXIT.failed : EXIT.ok);
    });
};

async function totalSize(paths: string[]): Promise<number> {
  const { stat } = await import('node:fs/promises');
  let total = 0;
  for (const p of paths) {
    try {
      const info = await stat(p);
      if (info.isFile()) total += info.size;
    } catch {
      /* a missing file fails on its own, as it is read */
    }
  }
  return total;
}

/** The as-of day, null when not asked, undefined when it is not a day. */
function resolveAsOf(value: string | undefined): string | null | undefined {
  if (value === undefined) return null;
  if (value === 'today') {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(value)) return undefined;
  const t = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(value) ? value : undefined;
}

/** The calendar's DTSTAMP: now, or SOURCE_DATE_EPOCH for reproducible files (the reproducible-builds convention). */
function stampOf(env: Record<string, string | undefined>): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/u.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
