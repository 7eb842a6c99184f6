// A conductor that dies (SIGKILL, SIGHUP) takes its workers with it, even one busy with a long document.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manyParagraphsDocx } from './hostile-docx.js';
import { tmp } from './fixture-dir.js';
import { start } from './run-cli.js';

// the kernel's parent-death signal, set through util-linux's setpriv
const onLinux = process.platform === 'linux' && existsSync('/usr/bin/setpriv');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The worker processes of a conductor: its children running batch/worker.js. */
function workersOf(pid: number): number[] {
  const found: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('worker.js')) found.push(Number(name));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/^\S+ \(.*\) Z/u.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

/** CPU seconds a process has used (utime + stime, in clock ticks of 1/100 s). */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The conductor's worker, once it is well into reading (0.8 s of CPU: loaded, and the job begun). */
async function busyWorkers(pid: number): Promise<number[]> {
  expect(await until(() => workersOf(pid).some((w) => cpuSeconds(w) > 0.8), 40_000), 'no worker got busy').toBe(true);
  return workersOf(pid);
}

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (test()) return true;
    await sleep(50);
  }
  return test();
}

// a long read: 300,000 paragraphs, allowed by raised limits (some tens of seconds of a worker's time)
const dir = tmp();
writeFileSync(join(dir, 'long.docx'), manyParagraphsDocx(300_000));
const LONG = ['long.docx', '--max-docx-elements', '100000000', '--max-memory', '4096'];

describe.skipIf(!onLinux)('workers of a conductor that is gone', () => {
  it.each(['SIGKILL', 'SIGHUP'] as const)('the conductor killed by %s: its busy worker exits within seconds and writes nothing', async (signal) => {
    const out = join(tmp(), 'o');
    const { child, done } = start(['parse', ...LONG, '--out-dir', out, '--timeout', '600'], { cwd: dir });
    const workers = await busyWorkers(child.pid!);
    child.kill(signal);
    await done;
    expect(await until(() => workers.every((p) => !alive(p)), 15_000), `workers ${workers.join(', ')} still run`).toBe(true);
    expect(readdirSync(dir)).toEqual(['long.docx']);
    let written: string[] = [];
    try {
      written = readdirSync(out);
    } catch {
      // never made
    }
    expect(written.filter((f) => f.endsWith('.json'))).toEqual([]);
  }, 90_000);
});
