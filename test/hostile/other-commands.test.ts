// validate, diff and report read documents under the same guard as parse: a FIFO is refused at once,
// and a PDF bomb costs a worker, not the process the user started.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORDERS } from '../helpers/fixtures.js';
import { BOUND_MS, CONDUCTOR_MB } from './bounds.js';
import { mkfifo, tmp } from './fixture-dir.js';
import { streamBombPdf } from './hostile-pdf.js';
import { run } from './run-cli.js';

const dir = tmp();
const fifo = join(dir, 'plan.json');
const haveFifo = mkfifo(fifo);
const bomb = join(dir, 'bomb.pdf');
writeFileSync(bomb, streamBombPdf());
const good = `${ORDERS}002_cfd02bc2b9fd3aef.txt`;

describe.skipIf(!haveFifo)('a FIFO named as an input', () => {
  it.each([
    ['validate', [fifo], 2],
    ['diff', [fifo, good], 2],
    ['report', [fifo], 1],
  ] as const)('%s refuses it at once as not-a-file', (cmd, args, exit) => {
    const r = run([cmd, ...args], { timeoutMs: 20_000 });
    expect(r.code).toBe(exit);
    expect(r.stderr).toContain('[not-a-file]');
    expect(r.ms).toBeLessThan(BOUND_MS);
  });
});

describe('a PDF stream bomb', () => {
  it.each([
    ['validate', [bomb], 2],
    ['diff', [bomb, good], 2],
    ['report', [bomb], 7],
  ] as const)('%s reports it as too-large with the conductor small', (cmd, args, exit) => {
    const r = run([cmd, ...args], { timeoutMs: 30_000 });
    expect(r.code).toBe(exit);
    expect(r.stderr).toMatch(/bomb\.pdf: .*\[too-large\]/u);
    expect(r.stderr.trim().split('\n').filter((l) => l.includes('bomb.pdf'))).toHaveLength(1);
    expect(r.conductorMb).toBeLessThan(CONDUCTOR_MB);
    expect(r.ms).toBeLessThan(BOUND_MS * 2);
  });
});

describe('a model JSON over the size a model is read whole at', () => {
  const big = join(dir, 'big.json');
  // the size is checked before a byte is parsed: what the 25 MB hold does not matter
  writeFileSync(big, `{"schemaVersion":"1.0","pad":"${'x'.repeat(25 * 1024 * 1024)}"}`);
  it.each([
    ['validate', [big], 2],
    ['diff', [big, good], 2],
    ['report', [big], 7],
  ] as const)('%s refuses it as too-large at once, the conductor small', (cmd, args, exit) => {
    const r = run([cmd, ...args], { timeoutMs: 30_000 });
    expect(r.code).toBe(exit);
    expect(r.stderr).toMatch(/big\.json: the model JSON is \d+ bytes, over the fixed limit of 20971520 .*\[too-large\]/u);
    expect(r.conductorMb).toBeLessThan(CONDUCTOR_MB);
    expect(r.ms).toBeLessThan(BOUND_MS);
  });
});
