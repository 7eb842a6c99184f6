// roadmap report — being built (issue); this placeholder keeps the command registry compiling.
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const registerReport: RegisterCommand = (program, ctx) => {
  program
    .command('report')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.io.stderr.write('roadmap report: not available yet\n');
      ctx.exit(EXIT.fatal);
    });
};
