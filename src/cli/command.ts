// The contract between the program and each command: a command registers itself on the program,
// does its work through `io`, and reports its exit code.
import type { Command } from 'commander';
import type { IO } from './io.js';
import type { Lang } from '../messages/index.js';

export interface CommandContext {
  io: IO;
  /** The language of what people read (--lang, else the locale; Russian by default). */
  lang: Lang;
  /** Record the exit code (the highest one wins). */
  exit(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
