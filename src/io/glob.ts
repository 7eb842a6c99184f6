// Glob patterns («plans/**/*.docx», «drafts/», «*.{txt,pdf}») compiled for RE2JS, a regular-expression
// engine that matches in linear time: a pattern from a config file or the command line can never make
// matching backtrack for minutes (nested stars do that with JavaScript's own RegExp), and a pattern
// that is not well formed («[z-a]», «[]») is a GlobError, not a crash.
import { RE2JS } from 're2js';

export class GlobError extends Error {
  constructor(readonly pattern: string, reason: string) {
    super(`«${pattern}» is not a valid pattern: ${reason}`);
    this.name = 'GlobError';
  }
}

export type GlobMatcher = (path: string) => boolean;

/** «**» any folders, «*» within a name, «?» one character, «[…]» a class («[!…]» not in it), «{a,b}» alternatives. */
export function compileGlob(glob: string): GlobMatcher {
  let re;
  try {
    re = RE2JS.compile(`^${globSource(glob)}$`);
  } catch (e) {
    throw new GlobError(glob, (e as Error).message.replace(/^error parsing regexp: /u, ''));
  }
  return (path) => re.matches(path);
}

function globSource(glob: string): string {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        while (glob[i + 1] === '*') i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, end);
        re += '[' + (body.startsWith('!') ? '^' + body.slice(1) : body).replace(/\\/gu, '\\\\').replace(/\[/gu, '\\[') + ']';
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) re += '\\{';
      else {
        re += '(?:' + glob.slice(i + 1, end).split(',').map(escape).join('|') + ')';
        i = end;
      }
    } else re += escape(c);
  }
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
}
