// The start-up benchmark: short commands next to `node -e 0`, interleaved run by run, medians.
// Targets (issue 17): `roadmap dates 'phrase'` ≤ 1.5× node -e 0; --version and --help ≤ 1.3×.
import { fileURLToPath } from 'node:url';
import { fmt, median, timedSync } from './measure.js';

const BIN = fileURLToPath(new URL('../../bin/roadmap', import.meta.url));

const COMMANDS: Array<{ label: string; args: string[]; target: number }> = [
  { label: "roadmap dates 'до 1 мая 2022'", args: [BIN, 'dates', 'до 1 мая 2022'], target: 1.5 },
  { label: 'roadmap --version', args: [BIN, '--version'], target: 1.3 },
  { label: 'roadmap --help', args: [BIN, '--help'], target: 1.3 },
];

export function benchStartup(quick = false): string[] {
  const runs = quick ? 11 : 31;
  const base: { ms: number[]; cpu: number[] } = { ms: [], cpu: [] };
  const cmds = COMMANDS.map(() => ({ ms: [] as number[], cpu: [] as number[] }));
  for (let r = 0; r < runs + 2; r++) {
    const b = timedSync(process.execPath, ['-e', '0']);
    const cs = COMMANDS.map((c) => timedSync(process.execPath, c.args));
    if (r < 2) continue; // the first runs fill the page cache
    base.ms.push(b.ms);
    base.cpu.push(b.cpuMs);
    cs.forEach((t, i) => {
      cmds[i]!.ms.push(t.ms);
      cmds[i]!.cpu.push(t.cpuMs);
    });
  }
  // CPU is counted in 10 ms ticks: the mean over the runs is finer than any one run
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const bMs = median(base.ms);
  const bCpu = mean(base.cpu);
  const lines = [`start-up: ${runs} runs each, interleaved; median wall ms, mean CPU ms`, `  node -e 0                          ${fmt(bMs).padStart(7)} ms  ${fmt(bCpu).padStart(6)} ms CPU`];
  COMMANDS.forEach((c, i) => {
    const ms = median(cmds[i]!.ms);
    const cpu = mean(cmds[i]!.cpu);
    const w = ms / bMs;
    const p = cpu / bCpu;
    lines.push(
      `  ${c.label.padEnd(34)} ${fmt(ms).padStart(7)} ms  ${fmt(cpu).padStart(6)} ms CPU   ${w.toFixed(2)}× (${p.toFixed(2)}× CPU)  target ≤ ${c.target}×: ${w <= c.target ? 'met' : 'NOT met'}${p <= c.target ? '' : ' (CPU: not met)'}`,
    );
  });
  return lines;
}
