// roadmap validate — being built (issue); this placeholder keeps the command registry compiling.
import type { RegisterCommand } from '../command.js';
import { EXIT } from '../exit-codes.js';

export const registerValidate: RegisterCommand = (program, ctx) => {
  program
    .command('validate')
    .description('(not available yet)')
    .allowUnknownOption()
    .action(() => {
      ctx.io.stderr.write('roadmap validate: not available yet\n');
      ctx.exit(EXIT.fatal);
    });
};
