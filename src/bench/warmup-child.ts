// A fresh process that parses the given .txt documents one after another, as a batch worker does,
// and prints the wall and CPU time of each as JSON: how much the first documents cost before V8 has
// compiled and optimized the parser, against the warm cost.
//   node dist/bench/warmup-child.js FILE...
import { readFileSync } from 'node:fs';
import { parseBytes } from '../api.js';
import { DEFAULT_LIMITS } from '../readers/limits.js';

const files = process.argv.slice(2);
const ms: number[] = [];
const cpuMs: number[] = [];
for (const f of files) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  // as the worker does: read the file, parse, serialize
  JSON.stringify(await parseBytes(readFileSync(f), { file: f, limits: DEFAULT_LIMITS }));
  ms.push(performance.now() - t0);
  const c = process.cpuUsage(c0);
  cpuMs.push((c.user + c.system) / 1000);
}
process.stdout.write(JSON.stringify({ ms, cpuMs }) + '\n');
