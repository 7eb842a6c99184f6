// What the benchmarks measure with: medians, the CPU time of finished child processes, and timed
// runs of a command. On a shared or loaded machine wall time says little; CPU time (user + system)
// of the process that did the work changes far less, so every figure is given both ways, and every
// ratio is taken between runs interleaved in one session, so that drift in the load affects both sides.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const TICK_MS = 10;

/**
 * CPU time, ms, of the child processes this process has waited for (Linux: cutime + cstime of
 * /proc/self/stat, in 10 ms ticks). The difference across a run is that run's CPU time, its
 * grandchildren included once they were waited for. NaN where /proc is missing.
 */
export function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); cutime and cstime are fields 16 and 17
    return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return NaN;
  }
}

export interface Timed {
  ms: number;
  /** CPU of the process and its descendants, ms (10 ms resolution). */
  cpuMs: number;
  status: number | null;
}

/** Runs a command to its end (synchronously: nothing else of ours runs meanwhile). */
export function timedSync(cmd: string, args: string[], opts: { cwd?: string } = {}): Timed {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { stdio: 'ignore', ...opts });
  return { ms: performance.now() - t0, cpuMs: childrenCpuMs() - c0, status: r.status };
}

/** Runs commands at the same time; wall time until the last ends, CPU of all of them. */
export async function timedParallel(runs: Array<[string, string[]]>): Promise<Timed> {
  const c0 = childrenCpuMs();
  const t0 = performance.now();
  const codes = await Promise.all(
    runs.map(
      ([cmd, args]) =>
        new Promise<number | null>((resolve) => {
          const child = spawn(cmd, args, { stdio: 'ignore' });
          child.on('exit', (code) => resolve(code));
          child.on('error', () => resolve(-1));
        }),
    ),
  );
  return { ms: performance.now() - t0, cpuMs: childrenCpuMs() - c0, status: codes.every((c) => c === 0) ? 0 : 1 };
}

export function loadLine(): string {
  const [a, b, c] = loadavg();
  return `load average ${a!.toFixed(2)} ${b!.toFixed(2)} ${c!.toFixed(2)}`;
}

export function fmt(x: number, digits = 1): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

export function ratio(a: number, b: number): string {
  return Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : 'n/a';
}
