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
    const c = got.get(10_000);
    if (a?.ok && b?.ok) {
      // the marginal cost of a row: a fixed start (loading the reader) makes the plain ratio look better than it is
      const perRow = (x: Parsed, y: Parsed, rows: number) => (y.cpuMs! - x.cpuMs!) / rows;
      const kb = (x: Parsed, y: Parsed, rows: number) => ((y.maxRssMb - x.maxRssMb) * 1024) / rows;
      const later = c?.ok ? `; 5,000 → 10,000: ${perRow(b, c, 5000).toFixed(3)} ms CPU and ${fmt(kb(b, c, 5000), 0)} KB a row` : '';
      lines.push(
        `    500 → 5,000 rows: CPU ${(b.cpuMs! / a.cpuMs!).toFixed(1)}× (linear is at most 10×), ${perRow(a, b, 4500).toFixed(3)} ms CPU and ${fmt(kb(a, b, 4500), 0)} KB peak memory a row${later} (linear: the per-row costs agree)`,
      );
    }
    if (format === 'docx') {
      const ok = c?.ok && c.maxRssMb < 400;
      lines.push(`    10,000-row .docx with the default limits under 400 MB: ${c ? (ok ? 'met' : 'NOT met') : 'not measured'}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return lines;
}
