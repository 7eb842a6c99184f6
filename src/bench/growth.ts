// The growth benchmark: plans of 500, 5,000 and 10,000 rows (plans.ts), each parsed with the default
// limits in a fresh process (parse-child.ts): time, CPU, peak RSS, and the growth from 500 to 5,000
// rows (linear is 10×). Targets (issue 17): a 10,000-row .docx in under 400 MB with the default
// limits; cost linear in rows for every format.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt } from './measure.js';
import { docxPlan, pdfPlan, txtPlan } from './plans.js';

const CHILD = fileURLToPath(new URL('./parse-child.js', import.meta.url));

interface Parsed {
  ok: boolean;
  ms?: number;
  cpuMs?: number;
  maxRssMb: number;
  items?: number;
  error?: string;
}

function parseInChild(file: string): Parsed {
  const r = spawnSync(process.execPath, [CHILD, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  try {
    return JSON.parse(r.stdout) as Parsed;
  } catch {
    return { ok: false, maxRssMb: NaN, error: `exit ${r.status}: ${r.stderr.split('\n').find((l) => l.trim()) ?? ''}` };
  }
}

export async function benchGrowth(quick = false): Promise<string[]> {
  const dir = join(tmpdir(), `roadmap-bench-plans-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  const sizes = [500, 5000, 10_000];
  const lines = ['growth: a plan of N rows parsed with the default limits in a fresh process; wall ms, CPU ms, peak RSS'];
  const formats: Array<['docx' | 'txt' | 'pdf', (n: number) => Promise<string | null>]> = [
    ['docx', (n) => docxPlan(dir, n)],
    ['txt', async (n) => txtPlan(dir, n)],
  ];
  // LibreOffice makes the PDFs; slow, so not in --quick
  if (!quick) formats.push(['pdf', (n) => (n <= 5000 ? pdfPlan(dir, n) : Promise.resolve(null))]);
  for (const [format, make] of formats) {
    const got = new Map<number, Parsed>();
    for (const n of sizes) {
      const file = await make(n);
      if (!file) continue;
      const p = parseInChild(file);
      got.set(n, p);
      lines.push(
        p.ok
          ? `  .${format.padEnd(4)} ${String(n).padStart(6)} rows: ${fmt(p.ms!, 0).padStart(7)} ms  ${fmt(p.cpuMs!, 0).padStart(7)} ms CPU  peak ${fmt(p.maxRssMb, 0).padStart(5)} MB  ${p.items} items`
          : `  .${format.padEnd(4)} ${String(n).padStart(6)} rows: FAILED — ${p.error} (peak ${fmt(p.maxRssMb, 0)} MB)`,
      );
    }
    const a = got.get(500);
    const b = got.get(5000);
    if (a?.ok && b?.ok) {
      const growth = b.cpuMs! / a.cpuMs!;
      const perRowKb = ((b.maxRssMb - a.maxRssMb) * 1024) / 4500;
      lines.push(`    500 → 5,000 rows: CPU ${growth.toFixed(1)}× (linear is 10×), wall ${(b.ms! / a.ms!).toFixed(1)}×, memory ${fmt(perRowKb, 0)} KB per added row`);
    }
    const big = got.get(10_000);
    if (format === 'docx') {
      const ok = big?.ok && big.maxRssMb < 400;
      lines.push(`    10,000-row .docx with the default limits under 400 MB: ${big ? (ok ? 'met' : 'NOT met') : 'not measured'}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return lines;
}
