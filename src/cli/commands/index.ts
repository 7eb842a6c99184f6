// The registry of commands, in the order `roadmap --help` lists them. Each is loaded only when it is
// needed: `roadmap dates …` loads the dates command alone, the full help loads them all.
import type { RegisterCommand } from '../command.js';

export const COMMANDS: ReadonlyArray<{ name: string; load: () => Promise<RegisterCommand> }> = [
  { name: 'parse', load: async () => (await import('./parse.js')).registerParse },
  { name: 'validate', load: async () => (await import('./validate.js')).registerValidate },
  { name: 'diff', load: async () => (await import('./diff.js')).registerDiff },
  { name: 'report', load: async () => (await import('./report.js')).registerReport },
  { name: 'dates', load: async () => (await import('./dates.js')).registerDates },
  { name: 'schema', load: async () => (await import('./schema.js')).registerSchema },
];

/** The commands to register for these arguments: the one named first, or all (help, a typo, nothing). */
export async function commandsFor(argv: readonly string[]): Promise<RegisterCommand[]> {
  const named = COMMANDS.find((c) => c.name === argv[0]);
  return Promise.all((named ? [named] : COMMANDS).map((c) => c.load()));
}
