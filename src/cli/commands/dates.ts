// roadmap dates: read Russian timeframe phrases and print what they mean.
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../exit-codes.js';

interface DatesFlags {
  year?: string;
  ref?: string;
  pretty?: boolean;
}

export const registerDates: RegisterCommand = (program, ctx) => {
  program
    .command('dates')
    .description('read Russian timeframe phrases («Март – декабрь 2022 года») and print their timeframe as JSON')
    .argument('[phrases...]', 'phrases; with none, read one phrase a line from stdin and print JSON lines')
    .option('--year <year>', "the plan's year, for phrases without a year")
    .option('--ref <date>', "the act's date (YYYY-MM-DD), for relative phrases")
    .option('--pretty', 'indent the JSON (for a single phrase)')
    .action(async (phrases: string[], flags: DatesFlags) => {
      const { io } = ctx;
      const year = flags.year === undefined ? null : Number(flags.year);
      if (year !== null && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
        io.stderr.write(`roadmap: --year ${flags.year}: not a year\n`);
        return ctx.exit(EXIT.usage);
      }
      if (flags.ref !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(flags.ref)) {
        io.stderr.write(`roadmap: --ref ${flags.ref}: use YYYY-MM-DD\n`);
        return ctx.exit(EXIT.usage);
      }
      const { parseTimeframe } = await import('../../dates/index.js');
      const refYear = year ?? (flags.ref ? Number(flags.ref.slice(0, 4)) : null);
      const dctx = { year: refYear, docDate: flags.ref ?? null };
      let input = phrases;
      let jsonl = phrases.length > 1;
      if (phrases.length === 0) {
        if (io.stdinIsTTY) {
          io.stderr.write('roadmap dates: give phrases as arguments, or one a line on stdin\n');
          return ctx.exit(EXIT.usage);
        }
        input = (await io.readStdin()).split(/\r?\n/u).filter((l) => l.trim() !== '');
        jsonl = true;
      }
      for (const phrase of input) {
        const { timeframe } = parseTimeframe(phrase, dctx);
        io.stdout.write(JSON.stringify(timeframe, null, !jsonl && flags.pretty ? 2 : undefined) + '\n');
      }
      ctx.exit(EXIT.ok);
    });
};
