// The readers benchmark: roadmap's end-to-end parse of each fixture order as .docx and .pdf next to
// mammoth's convertToHtml and pdf-parse's getText alone on the same files — each tool in its own
// warm process (tool-child.ts), stepped in turn one round at a time, medians per document.
// Targets (issue 17): .docx ≤ 1.4× mammoth, .pdf ≤ 1.3× getText, per document, warm.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmt, median, ratio } from './measure.js';
import type { Step, ToolName } from './tool-child.js';

const ORDERS = fileURLToPath(new URL('../../fixtures/orders/', import.meta.url));
const CHILD = fileURLToPath(new URL('./tool-child.js', import.meta.url));
export const BENCH_DOCUMENTS = ['000_634ec10432542fee', '001_905b539a19fec123', '002_cfd02bc2b9fd3aef', '003_77b42d29d9c320cf'];

interface Stepper {
  step(): Promise<Step>;
  close(): void;
}

async function start(tool: ToolName, files: string[]): Promise<Stepper> {
  const child: ChildProcess = fork(CHILD, [tool, ...files], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the ${tool} process ended (${code}) before it was ready`)));
  });
  return {
    step: () =>
      new Promise<Step>((resolve) => {
        child.once('message', (m) => resolve(m as Step));
        child.send('go');
      }),
    close: () => child.disconnect(),
  };
}

interface Sides {
  ms: number[][];
  cpuMs: number[][];
}

/** Warm-up rounds, then `rounds` rounds stepping each tool in turn (the order alternating). */
async function race(tools: Stepper[], warmup: number, rounds: number): Promise<Sides[]> {
  for (let w = 0; w < warmup; w++) for (const t of tools) await t.step();
  const out: Sides[] = tools.map(() => ({ ms: [], cpuMs: [] }));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...tools.keys()].reverse() : [...tools.keys()];
    for (const i of order) {
      const s = await tools[i]!.step();
      out[i]!.ms.push(s.ms);
      out[i]!.cpuMs.push(s.cpuMs);
    }
  }
  return out;
}

/** Per document, the median over rounds; summed over the documents. */
function perDocument(rounds: number[][]): number[] {
  return rounds[0]!.map((_, d) => median(rounds.map((r) => r[d]!)));
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function benchReaders(quick = false): Promise<string[]> {
  const warmup = quick ? 5 : 10;
  const rounds = quick ? 9 : 25;
  const lines = [
    `readers: each tool in its own warm process, stepped in turn; ${warmup} warm-up rounds, median of ${rounds} rounds per document; wall ms (CPU ms)`,
  ];
  for (const [format, base, target] of [
    ['docx', 'mammoth', 1.4],
    ['pdf', 'getText', 1.3],
  ] as const) {
    const files = BENCH_DOCUMENTS.map((d) => `${ORDERS}${d}.${format}`);
    const ours = await start('roadmap', files);
    const theirs = await start(base, files);
    const [a, b] = await race([ours, theirs], warmup, rounds);
    ours.close();
    theirs.close();
    const [am, ac, bm, bc] = [perDocument(a!.ms), perDocument(a!.cpuMs), perDocument(b!.ms), perDocument(b!.cpuMs)];
    lines.push(`  .${format}: roadmap parse end to end vs ${base === 'mammoth' ? 'mammoth convertToHtml' : 'pdf-parse getText'} alone`);
    BENCH_DOCUMENTS.forEach((d, i) => {
      lines.push(`    ${d}  ${fmt(am[i]!).padStart(7)} (${fmt(ac[i]!)})  vs ${fmt(bm[i]!).padStart(7)} (${fmt(bc[i]!)})  ${ratio(am[i]!, bm[i]!)} (${ratio(ac[i]!, bc[i]!)})`);
    });
    const wall = sum(am) / sum(bm);
    const cpu = sum(ac) / sum(bc);
    lines.push(
      `    all four               ${fmt(sum(am)).padStart(7)} (${fmt(sum(ac))})  vs ${fmt(sum(bm)).padStart(7)} (${fmt(sum(bc))})  ${wall.toFixed(2)}× (${cpu.toFixed(2)}× CPU)   target ≤ ${target}×: ${wall <= target ? 'met' : 'NOT met'} by wall, ${cpu <= target ? 'met' : 'NOT met'} by CPU`,
    );
  }
  return lines;
}
