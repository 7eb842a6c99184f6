// Command-line sizes and counts: «100M», «512k», «2G», «5000».

export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/iu.exec(value.trim());
  if (!m) throw new Error(`«${value}» is not a size (use e.g. 50M, 512K, 2G)`);
  const mult = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  return Math.round(Number(m[1]) * mult);
}

export function parsePositiveInt(value: string, what: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a whole number of 1 or more, not «${value}»`);
  return n;
}

/** Bytes as a size option writes them: 104857600 -> «100M»; a size that is no whole unit stays bytes. */
export function formatSize(bytes: number): string {
  for (const [unit, mult] of [['G', 1024 ** 3], ['M', 1024 ** 2], ['K', 1024]] as const) {
    if (bytes >= mult && bytes % mult === 0) return `${bytes / mult}${unit}`;
  }
  return String(bytes);
}

/** The longest delay Node's timers take (2^31 − 1 ms, about 24.8 days); a longer one fires at once. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** --timeout SECONDS as milliseconds: a positive number; beyond the timers' range (or Infinity) it is held at their longest. */
export function parseTimeout(value: string): number {
  const ms = Number(value) * 1000;
  if (value.trim() === '' || !(ms > 0)) throw new Error(`--timeout must be a number of seconds, not «${value}»`);
  return Math.min(ms, MAX_TIMEOUT_MS);
}
