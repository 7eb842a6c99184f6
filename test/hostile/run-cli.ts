// Runs the built `roadmap` as a user would, and measures what the hostile suite asserts on: the wall
// time and the peak memory (RSS) of the conductor process itself, which a bad input must not inflate.
import { spawn, spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { BIN, ROOT } from '../helpers/cli.js';

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the conductor (the roadmap process, not its workers), MB. */
  conductorMb: number;
}

/**
 * The conductor reports its own peak RSS on fd 3 as it exits; it runs what bin/roadmap runs. VmHWM,
 * not getrusage's maxRSS: Linux carries the forking parent's RSS into the child's maxRSS across exec.
 */
const WRAPPER = `
import { readFileSync, writeSync } from 'node:fs';
const peakKb = () => {
  try { return Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]); } catch { return process.resourceUsage().maxRSS; }
};
process.on('exit', () => { try { writeSync(3, String(peakKb())); } catch {} });
const { main } = await import(${JSON.stringify(pathToFileURL(`${ROOT}dist/cli/main.js`).href)});
await main();
`;

function argvFor(args: string[]): string[] {
  return ['--input-type=module', '-e', WRAPPER, '--', BIN, ...args];
}

export function run(args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Measured {
  const started = performance.now();
  const r = spawnSync(process.execPath, argvFor(args), {
    cwd: options.cwd ?? ROOT,
    input: '',
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    timeout: options.timeoutMs ?? 60_000,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const ms = performance.now() - started;
  const rss = Number(r.output[3]?.toString() ?? '0');
  return { code: r.status, signal: r.signal, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8'), ms, conductorMb: rss / 1024 };
}

/** The same, started in the background: for a run that a test interrupts or disturbs while it works. */
export function start(args: string[], options: { cwd?: string } = {}) {
  const started = performance.now();
  const child = spawn(process.execPath, argvFor(args), {
    cwd: options.cwd ?? ROOT,
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let stdout = '';
  let stderr = '';
  let rss = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => (rss += d.toString()));
  const done = new Promise<Measured>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, ms: performance.now() - started, conductorMb: Number(rss || '0') / 1024 })),
  );
  return { child, done };
}
