// Every URL in a row's cells, in order of appearance, each once.

const URL = /\b(?:https?:\/\/)[^\s<>«»"'`]+/giu;

export function findLinks(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    if (!text.includes('http')) continue;
    for (const m of text.matchAll(URL)) {
      const url = trimUrl(m[0]);
      if (isSafeUrl(url) && !out.includes(url)) out.push(url);
    }
  }
  return out;
}

/** Punctuation that ends the sentence, not the URL; a closing bracket only when unbalanced. */
function trimUrl(url: string): string {
  let u = url.replace(/[.,;:!?]+$/u, '');
  while (u.endsWith(')') && (u.match(/\(/gu)?.length ?? 0) < (u.match(/\)/gu)?.length ?? 0)) u = u.slice(0, -1).replace(/[.,;:!?]+$/u, '');
  return u;
}

function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s/]+/iu.test(url);
}
