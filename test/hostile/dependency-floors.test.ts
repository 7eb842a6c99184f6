// Resolved dependencies stay above their safe floors (known advisories), whatever a lockfile update brings.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

/** The version of a package as Node resolves it from its dependant (a nested copy wins over the hoisted one). */
function versionOf(pkg: string, from?: string): string {
  const candidates = [...(from ? [`${ROOT}node_modules/${from}/node_modules/${pkg}/package.json`] : []), `${ROOT}node_modules/${pkg}/package.json`];
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`${pkg} is not installed`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

function cmp(a: string, b: string): number {
  const x = a.split(/[.-]/u).map((p) => Number.parseInt(p, 10) || 0);
  const y = b.split(/[.-]/u).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

describe('dependency floors', () => {
  it.each([
    ['pdfjs-dist', 'pdf-parse', '4.2.67'],
    ['@xmldom/xmldom', 'mammoth', '0.8.15'],
    ['jszip', 'mammoth', '3.8.0'],
    ['yaml', undefined, '2.8.3'],
    ['mammoth', undefined, '1.11.0'],
  ])('%s (as %s resolves it) is at least %s', (pkg, from, floor) => {
    expect(cmp(versionOf(pkg, from), floor)).toBeGreaterThanOrEqual(0);
  });

  it('pdfjs-dist is outside 5.6.83 – 6.1.x (a 2026 advisory)', () => {
    const v = versionOf('pdfjs-dist', 'pdf-parse');
    const inBadRange = cmp(v, '5.6.83') >= 0 && cmp(v, '6.2.0') < 0;
    expect(inBadRange, `pdfjs-dist ${v}`).toBe(false);
  });

  it('the comparison itself orders versions', () => {
    expect(cmp('5.4.296', '4.2.67')).toBeGreaterThan(0);
    expect(cmp('0.8.14', '0.8.15')).toBeLessThan(0);
    expect(cmp('6.1.9', '6.2.0')).toBeLessThan(0);
  });
});
