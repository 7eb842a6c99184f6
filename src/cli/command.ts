// The contract between the program and each command: a command registers itself on the program,
// does its work through `io`, and reports its exit code.
import type { Command } from 'commander';
import type { IO } from './io.js';

export interface CommandContext {
  io: IO;
  /** Record the exit code (the highest one wins). */
  exit(code: number): void;
}

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;
