// The readers benchmark: the median time to read each fixture order as .docx, .pdf and .txt, next to
// mammoth's convertToHtml and pdf-parse's getText alone on the same files (the floors our readers
// build on: targets are 1.5× those).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocModel } from '../document/model.js';
import { mammothHtml } from './mammoth-baseline.js';
import { readDocx } from '../readers/docx/read-docx.js';
import { DEFAULT_LIMITS } from '../readers/limits.js';
import { pdfParseText } from './pdf-parse-baseline.js';
import { readPdf } from '../readers/pdf/read-pdf.js';

const ORDERS = new URL('../../fixtures/orders/', import.meta.url);
export const BENCH_DOCUMENTS = ['000_634ec10432542fee', '001_905b539a19fec123', '002_cfd02bc2b9fd3aef', '003_77b42d29d9c320cf'];

type Task = (bytes: Uint8Array) => Promise<unknown>;

/** The .txt reader, if this build has one. */
async function txtReader(): Promise<Task | null> {
  try {
    const mod = (await import('../readers/txt/read-txt.js')) as { readTxt?: (b: Uint8Array, o: { limits: typeof DEFAULT_LIMITS }) => DocModel | Promise<DocModel> };
    const readTxt = mod.readTxt;
    return readTxt ? async (b) => readTxt(b, { limits: DEFAULT_LIMITS }) : null;
  } catch {
    return null;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Runs the tasks in turn (interleaved, so drift affects all alike) and returns each one's median ms. */
async function medians(tasks: Task[], bytes: Uint8Array[], runs: number): Promise<number[]> {
  const times = tasks.map(() => [] as number[]);
  // warm-up: module loading and JIT are not what is measured
  for (let i = 0; i < tasks.length; i++) await tasks[i]!(bytes[i]!);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < tasks.length; i++) {
      const t0 = performance.now();
      await tasks[i]!(bytes[i]!);
      times[i]!.push(performance.now() - t0);
    }
  }
  return times.map(median);
}

function ms(x: number): string {
  return `${x.toFixed(1)} ms`.padStart(9);
}

export async function benchReaders(runs = 15): Promise<string[]> {
  const limits = { limits: DEFAULT_LIMITS };
  const txt = await txtReader();
  const lines = [`readers: median of ${runs} runs per document (after one warm-up run)`];
  lines.push('  document               docx   mammoth   ratio |       pdf   getText   ratio |       txt');
  const sums = { docx: 0, mammoth: 0, pdf: 0, getText: 0, txt: 0 };
  for (const name of BENCH_DOCUMENTS) {
    const read = (ext: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`${name}.${ext}`, ORDERS))));
    const docx = read('docx');
    const pdf = read('pdf');
    const tasks: Task[] = [(b) => readDocx(b, limits), (b) => mammothHtml(b), (b) => readPdf(b, limits), (b) => pdfParseText(b)];
    const inputs = [docx, docx, pdf, pdf];
    if (txt) {
      tasks.push(txt);
      inputs.push(read('txt'));
    }
    const [d, m, p, g, t] = await medians(tasks, inputs, runs);
    sums.docx += d!;
    sums.mammoth += m!;
    sums.pdf += p!;
    sums.getText += g!;
    sums.txt += t ?? 0;
    lines.push(
      `  ${name}${ms(d!)}${ms(m!)}  ${(d! / m!).toFixed(2)}× |${ms(p!)}${ms(g!)}  ${(p! / g!).toFixed(2)}× |${t === undefined ? '  (no txt reader)' : ms(t)}`,
    );
  }
  lines.push(
    `  all four           ${ms(sums.docx)}${ms(sums.mammoth)}  ${(sums.docx / sums.mammoth).toFixed(2)}× |${ms(sums.pdf)}${ms(sums.getText)}  ${(sums.pdf / sums.getText).toFixed(2)}× |${txt ? ms(sums.txt) : ''}`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchReaders().then(
    (lines) => process.stdout.write(lines.join('\n') + '\n'),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
