// summary.json: what happened to each input of a batch, so a re-run or a script can tell.

export type EntryStatus = 'ok' | 'unchanged' | 'failed' | 'interrupted';

export interface SummaryEntry {
  input: string;
  output: string | null;
  status: EntryStatus;
  code?: string;
  message?: string;
  items?: number;
  sha256?: string;
  /** Time to parse and serialize the document in its worker, ms. */
  ms?: number;
}

export interface Summary {
  tool: 'roadmap';
  version: string;
  startedAt: string;
  finishedAt: string;
  counts: Record<EntryStatus, number>;
  inputs: SummaryEntry[];
}

export function countEntries(entries: SummaryEntry[]): Record<EntryStatus, number> {
  const counts: Record<EntryStatus, number> = { ok: 0, unchanged: 0, failed: 0, interrupted: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
}
