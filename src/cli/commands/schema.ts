// roadmap schema: print the JSON Schema of the model.
import type { RegisterCommand } from '../command.js';

export const registerSchema: RegisterCommand = (program, ctx) => {
  program
    .command('schema')
    .description('print the JSON Schema of the roadmap model (the output of `roadmap parse`)')
    .action(async () => {
      const { modelJsonSchema } = await import('../../model/json-schema.js');
      ctx.io.stdout.write(JSON.stringify(modelJsonSchema(), null, 2) + '\n');
    });
};
