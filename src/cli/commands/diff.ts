// roadmap diff — being built (issue); this placeholder keeps the command registry compiling.
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const registerDiff: RegisterCommand = (program, ctx) => {
  program
    .command('diff')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.io.stderr.write('roadmap diff: not available yet\n');
      ctx.exit(EXIT.fatal);
    });
};
