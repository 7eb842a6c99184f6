// Before any test: make sure dist/ is built from the sources as they are, so that the tests which run
// the built binary (and the worker processes the commands fork) never test a stale dist/. When a source
// is newer than the last build (dist/.tsbuildinfo), tsc runs here — incremental, so it recompiles only
// what changed; a type error then fails the run.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function builtAt(): number {
  try {
    return statSync(join(ROOT, 'dist', '.tsbuildinfo')).mtimeMs;
  } catch {
    return -1;
  }
}

export default function setup(): void {
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'tsconfig.json')).mtimeMs);
  if (builtAt() >= sources) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`dist/ is older than src/ and \`tsc -p tsconfig.json\` failed:\n${r.stdout}${r.stderr}`);
  // tsc leaves its build info alone when nothing it emits changed (a touched file): mark the check done
  const now = new Date();
  utimesSync(join(ROOT, 'dist', '.tsbuildinfo'), now, now);
}
