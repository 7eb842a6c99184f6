// The registry of commands, in the order `roadmap --help` lists them.
import type { RegisterCommand } from '../command.js';
import { registerDates } from './dates.js';
import { registerDiff } from './diff.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';
import { registerSchema } from './schema.js';
import { registerValidate } from './validate.js';

export const COMMANDS: RegisterCommand[] = [registerParse, registerValidate, registerDiff, registerReport, registerDates, registerSchema];
