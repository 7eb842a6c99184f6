// GitHub Actions workflow commands: each finding becomes an annotation on the file (and line) in the
// pull request — ::error file=…,line=…,title=…::message — and a file that could not be read an error.
import type { Formatter } from './formatter.js';
import { messageWithPlace } from './place.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes of the workflow-command format: data escapes %, CR, LF; properties also «:» and «,». */
export function escapeData(s: string): string {
  return s.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

export const github: Formatter = (results) => {
  const lines: string[] = [];
  for (const r of results) {
    if (r.failure) lines.push(`::error file=${escapeProperty(r.file)},title=${escapeProperty(`roadmap ${r.failure.code}`)}::${escapeData(`cannot be read: ${r.failure.message}`)}`);
    for (const f of r.findings) {
      const props = [`file=${escapeProperty(r.file)}`];
      if (f.location.line !== undefined) props.push(`line=${f.location.line}`);
      if (f.location.column !== undefined) props.push(`col=${f.location.column}`);
      props.push(`title=${escapeProperty(`roadmap ${f.code}`)}`);
      lines.push(`::${COMMAND[f.severity]} ${props.join(',')}::${escapeData(messageWithPlace(f))}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
