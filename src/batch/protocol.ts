// Messages between the batch conductor and its worker processes.
import type { Limits } from '../readers/limits.js';
import type { Lang } from '../messages/lang.js';

export interface JobMessage {
  type: 'job';
  id: number;
  /** Absolute path to read. */
  abs: string;
  /** The path as the user gave it (recorded in source.file). */
  file: string;
  format: 'json' | 'yaml';
  pretty: boolean;
  limits: Partial<Limits>;
  /** The language of the model's diagnostic messages (English when absent). */
  lang?: Lang;
  /** Skip the parse when the input's sha256 equals this (an unchanged input, --incremental). */
  unchangedIf?: string;
  /** Write the model to this file (atomically) instead of sending it back: the conductor then only keeps count. */
  out?: string;
}

export interface StopMessage {
  type: 'stop';
}

export type ToWorker = JobMessage | StopMessage;

export type JobResult =
  | { type: 'result'; id: number; ok: true; text: string; sha256: string; items: number; ms: number }
  | { type: 'result'; id: number; ok: true; written: true; sha256: string; items: number; ms: number }
  | { type: 'result'; id: number; ok: true; unchanged: true; sha256: string }
  /** `forAll`: the reason of a write failure that every other output would meet too (a full disk, a read-only file system). */
  | { type: 'result'; id: number; ok: false; code: string; message: string; forAll?: string };

export interface ReadyMessage {
  type: 'ready';
}

export type FromWorker = JobResult | ReadyMessage;
