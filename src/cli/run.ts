// The roadmap program: commands registered on commander, run against an IO, returning an exit code.
// The library does the work; commands only map options to library calls and output.
import { Command, CommanderError } from 'commander';
import type { CommandContext } from './command.js';
import { commandsFor } from './commands/index.js';
import { EXIT } from './exit-codes.js';
import type { IO } from './io.js';
import { version } from './version.js';
import { isLang, pickLang } from '../messages/lang.js';

export async function run(argv: string[], io: IO): Promise<number> {
  let code = 0;
  const langFlag = langArgument(argv);
  if (langFlag !== undefined && !isLang(langFlag)) {
    io.stderr.write(`roadmap: --lang ${langFlag}: use ru or en\n`);
    return EXIT.usage;
  }
  const ctx: CommandContext = { io, lang: pickLang(langFlag, io.env), exit: (c) => void (code = Math.max(code, c)) };
  const program = new Command();
  program
    .name('roadmap')
    .description('Read Russian official orders (.docx, .pdf, .txt) and turn the roadmap they approve into one normalized JSON model.')
    .version(version(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .enablePositionalOptions();
  for (const register of await commandsFor(argv)) register(program, ctx);
  program.commands.forEach((c) => {
    // every command takes --lang; run() reads it before commander, so messages of option errors are in it too
    c.option('--lang <lang>', 'language of messages: ru (default) or en; an English LANG/LC_ALL also gives en');
    c.exitOverride();
    c.configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
    c.showHelpAfterError('(run with --help for usage)');
  });
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT.usage;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr.write(`roadmap: unexpected error: ${msg} — this is a bug in roadmap; please report it\n`);
    if (argv.includes('--debug') && e instanceof Error) io.stderr.write(`${e.stack}\n`);
    return EXIT.fatal;
  }
  return code;
}

/** The value of --lang (or --lang=…) before the «--» that ends options. */
function langArgument(argv: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') value = argv[++i];
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  }
  return value;
}
