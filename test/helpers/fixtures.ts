// Where the fixture documents and their expected models are.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
export const ORDERS = FIXTURES + 'orders/';

/** The documents that have an expected model: «000_634ec10432542fee» … */
export function orderIds(): string[] {
  return readdirSync(ORDERS)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/u, ''))
    .sort();
}

export function expectedModel(id: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${ORDERS}${id}.expected.json`, 'utf8')) as Record<string, unknown>;
}
