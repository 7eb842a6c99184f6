// Numbers of acts as the model holds them: «№262 – р» -> «262-р», «N 203-р» -> «203-р».

export function normalizeActNumber(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  let s = raw.trim();
  s = s.replace(/^(?:№|N|No\.?|Nº)\s*/u, '');
  s = s.replace(/\s*[-‐‑‒–—−]\s*/gu, '-');
  s = s.replace(/\s*\/\s*/gu, '/');
  s = s.replace(/[\s.,;:)»"]+$/u, '');
  s = s.replace(/^[(«"]+/u, '');
  return s === '' ? null : s;
}
