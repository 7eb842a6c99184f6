// The diff as JSON: the DiffResult itself (its schema is in diff-result.ts, its fields in docs/diff.md).
import type { DiffResult } from '../diff-result.js';

export function formatJson(result: DiffResult, options: { pretty: boolean }): string {
  return JSON.stringify(result, null, options.pretty ? 2 : undefined) + '\n';
}
