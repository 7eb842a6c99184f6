// One document parsed in a fresh process with the default limits, as a worker would: prints its time,
// CPU time, peak RSS and item count as JSON (or the error), for the growth and memory benchmark.
//   node dist/bench/parse-child.js FILE
import { readFileSync } from 'node:fs';
import { parseBytes } from '../api.js';
import { DEFAULT_LIMITS } from '../readers/limits.js';

const file = process.argv[2]!;
const bytes = readFileSync(file);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
try {
  const model = await parseBytes(bytes, { file, limits: DEFAULT_LIMITS });
  const text = JSON.stringify(model);
  const cpu = process.cpuUsage(cpu0);
  process.stdout.write(
    JSON.stringify({
      ok: true,
      ms: performance.now() - t0,
      cpuMs: (cpu.user + cpu.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      items: model.roadmaps.reduce((n, r) => n + r.items.length, 0),
      bytes: text.length,
    }) + '\n',
  );
} catch (e) {
  process.stdout.write(JSON.stringify({ ok: false, error: e instanceof Error ? e.message : String(e), maxRssMb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}
