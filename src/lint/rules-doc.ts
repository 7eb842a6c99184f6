// The rules table of docs/validate.md, generated from the rules' metadata (a test keeps the
// committed copy current; UPDATE_GOLDEN=1 rewrites it).
import { PARSER_CODES } from './parser-codes.js';
import { RULES } from './registry.js';

const cell = (s: string) => s.replace(/\|/gu, '\\|');

export function rulesTable(): string {
  const rows = RULES.map((r) => {
    const notes = [r.meta.needsAsOf ? 'Off unless an as-of date is given.' : '', r.meta.parserCode ? "Stands in for the parser's diagnostic of the same code." : ''].filter(Boolean);
    return `| \`${r.meta.id}\` | ${r.meta.category} | ${r.meta.severity} | ${cell([r.meta.description, ...notes].join(' '))} |`;
  });
  return ['| rule | group | default | what it checks |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function parserCodesTable(): string {
  const owned = new Set(RULES.map((r) => r.meta.parserCode).filter(Boolean));
  const rows = Object.entries(PARSER_CODES)
    .filter(([code]) => !owned.has(code))
    .map(([code, what]) => `| \`${code}\` | ${cell(what)} |`);
  return ['| code | what the parser noticed |', '| --- | --- |', ...rows].join('\n');
}
