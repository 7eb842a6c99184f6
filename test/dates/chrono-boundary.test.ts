// chrono-node stays out of the parsing path: no module of src/dates imports it or the benchmark's baseline
// (src/bench/chrono-baseline.ts), so `parseTimeframe` never loads chrono-node.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../src/dates/', import.meta.url));

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? modules(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('chrono-node boundary', () => {
  const files = modules(ROOT);

  it('is imported by no module of the date parser', () => {
    const importers = files.filter((f) => /from\s+['"]chrono-node['"]/.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => f.slice(ROOT.length))).toEqual([]);
  });

  it('is not reached from the parser through the baseline', () => {
    const users = files.filter((f) => /from\s+['"][^'"]*chrono-baseline(?:\.js)?['"]/.test(readFileSync(f, 'utf8')));
    expect(users).toEqual([]);
  });
});
