// Bounds checked on a config file's raw text BEFORE the YAML parser sees it: a deeply nested flow
// sequence has killed Node inside the yaml package (issue 9), and a config has no reason to be big or deep.

export const MAX_CONFIG_BYTES = 64 * 1024;
/** Our config is two levels deep (rules → id); ten leaves room for comments of style, not for abuse. */
export const MAX_CONFIG_DEPTH = 10;

export interface DepthExcess {
  depth: number;
  line: number;
}

/**
 * A conservative estimate of the YAML nesting depth: block indentation levels, «- » entries opened on
 * one line, and flow brackets outside quotes and comments. Returns the first line that goes past `limit`.
 */
export function firstTooDeep(text: string, limit = MAX_CONFIG_DEPTH): DepthExcess | null {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split(/\r?\n/u);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) continue;
    let block = indents.length;
    if (flow === 0) {
      const indent = line.length - body.length;
      while (indents.length > 0 && indents.at(-1)! > indent) indents.pop();
      if (indents.length === 0 || indent > indents.at(-1)!) indents.push(indent);
      const compact = /^(?:[-?]\s+)+/u.exec(body)?.[0].replace(/\s+/gu, '').length ?? 0;
      block = indents.length + compact;
    }
    if (block + flow > limit) return { depth: block + flow, line: n + 1 };
    let quote: string | null = null;
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (quote) {
        if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") quote = c;
      else if (c === '#' && (i === 0 || /\s/u.test(body[i - 1]!))) break;
      else if (c === '[' || c === '{') {
        flow++;
        if (block + flow > limit) return { depth: block + flow, line: n + 1 };
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
  }
  return null;
}
