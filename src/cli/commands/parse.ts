// roadmap parse: documents in, roadmap models out (stdout, a file, or one file each in a folder).
import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { RegisterCommand } from '../command.js';
import { EXIT, exitForError } from '../exit-codes.js';
import { printError } from '../report-error.js';
import { parseFormat, serialize, type OutputFormat } from '../serialize.js';

interface ParseFlags {
  output?: string;
  outDir?: string;
  pretty?: boolean;
  format: OutputFormat;
  force?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

export const registerParse: RegisterCommand = (program, ctx) => {
  program
    .command('parse')
    .description('parse orders (.docx, .pdf, .txt, .html) into the roadmap model')
    .argument('<files...>', 'documents to parse; the format is told from the bytes')
    .option('-o, --output <file>', 'write the JSON (or YAML) to this file instead of stdout')
    .option('--out-dir <dir>', 'write one model per input into this folder (<name>.json)')
    .option('--pretty', 'indent the JSON')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'yaml']).default('json'))
    .option('-f, --force', 'replace existing files in --out-dir')
    .option('-q, --quiet', 'print nothing but errors')
    .option('--debug', 'print stack traces of errors')
    .addHelpText(
      'after',
      `
Several files give a JSON array (or one file each with --out-dir).
Exit codes: 0 all parsed; 1 an input failed (with several inputs: some failed); 2 bad usage;
3 a bug; for a single input: 4 unsupported format, 5 a PDF with no text layer (a scan),
6 encrypted, 7 over a limit.`,
    )
    .action(async (files: string[], flags: ParseFlags) => {
      const { io } = ctx;
      const format = parseFormat(flags.format);
      if (flags.output && flags.outDir) {
        io.stderr.write('roadmap: use either -o/--output or --out-dir, not both\n');
        return ctx.exit(EXIT.usage);
      }
      if (flags.output && files.some((f) => resolve(io.cwd, f) === resolve(io.cwd, flags.output!))) {
        io.stderr.write(`roadmap: ${flags.output}: refusing to overwrite an input\n`);
        return ctx.exit(EXIT.usage);
      }
      const { parseFile } = await import('../../api.js');
      const { writeFileAtomic } = await import('../atomic-write.js');
      const models: unknown[] = [];
      let failed = 0;
      let lastCode = 'internal';
      for (const file of files) {
        try {
          const model = await parseFile(resolve(io.cwd, file), { file });
          if (flags.outDir) {
            const out = join(resolve(io.cwd, flags.outDir), basename(file, extname(file)) + (format === 'yaml' ? '.yaml' : '.json'));
            if (existsSync(out) && !flags.force) {
              io.stderr.write(`roadmap: ${out}: exists; use --force to replace it\n`);
              failed++;
              lastCode = 'exists';
              continue;
            }
            await writeFileAtomic(out, await serialize(model, format, flags.pretty ?? false));
            if (!flags.quiet) io.stderr.write(`${file} -> ${out}\n`);
          } else {
            models.push(model);
          }
        } catch (e) {
          failed++;
          lastCode = printError(io, e, file, flags.debug ?? false);
        }
      }
      if (!flags.outDir && models.length > 0) {
        const value = files.length === 1 ? models[0] : models;
        const text = await serialize(value, format, flags.pretty ?? false);
        if (flags.output) await writeFileAtomic(resolve(io.cwd, flags.output), text);
        else io.stdout.write(text);
      }
      if (failed === 0) return ctx.exit(EXIT.ok);
      if (files.length === 1) return ctx.exit(lastCode === 'exists' ? EXIT.failed : exitForError(lastCode as never));
      ctx.exit(EXIT.failed);
    });
};
