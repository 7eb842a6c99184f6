// Where each value of a JSON text is (line and column), by its JSON path: the Spectral way of pointing
// a finding about a model JSON at the file. An iterative scanner, so a deeply nested file cannot
// exhaust the stack; it assumes the text is valid JSON (JSON.parse has accepted it).

export interface TextPosition {
  line: number;
  column: number;
}

type Frame = { kind: 'object'; key: string | null; path: string } | { kind: 'array'; index: number; path: string };

export function jsonPositions(text: string): Map<string, TextPosition> {
  const out = new Map<string, TextPosition>();
  const stack: Frame[] = [];
  let line = 1;
  let lineStart = 0;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const pos = (at: number): TextPosition => ({ line, column: at - lineStart + 1 });
  const childPath = (): string => {
    const top = stack.at(-1);
    if (!top) return '';
    if (top.kind === 'array') return `${top.path}[${top.index}]`;
    return top.path === '' ? top.key! : `${top.path}.${top.key!}`;
  };
  const skipString = (): string => {
    // at the opening quote; returns the decoded string
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  let expectKey = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === ':') {
      if (c === ',') {
        const top = stack.at(-1);
        if (top?.kind === 'array') top.index++;
        else if (top?.kind === 'object') expectKey = true;
      }
      i++;
      continue;
    }
    if (expectKey && c === '"') {
      const top = stack.at(-1) as Extract<Frame, { kind: 'object' }>;
      top.key = skipString();
      expectKey = false;
      continue;
    }
    if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
      i++;
      continue;
    }
    // a value starts here
    const path = childPath();
    out.set(path, pos(i));
    if (c === '{') {
      stack.push({ kind: 'object', key: null, path });
      expectKey = true;
      i++;
    } else if (c === '[') {
      stack.push({ kind: 'array', index: 0, path });
      i++;
    } else if (c === '"') {
      skipString();
    } else {
      while (i < text.length && !/[\s,\]}]/u.test(text[i]!)) i++;
    }
  }
  return out;
}
