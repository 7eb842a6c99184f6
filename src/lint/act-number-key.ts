// Act numbers compared as a reader compares them: «№ 262 – р» and «262-р» are the same number.

export function actNumberKey(number: string): string {
  return number
    .toLowerCase()
    .replace(/^№\s*/u, '')
    .replace(/[\s\u00a0]+/gu, '')
    .replace(/[‐‑‒–—−]/gu, '-');
}
