// The default report for people: findings grouped by file, aligned in columns, a count at the end.
import { countFindings } from '../finding.js';
import { paint } from './colors.js';
import type { Formatter } from './formatter.js';
import { messageWithItem, shortPlace } from './place.js';
import { say } from '../../messages/index.js';

export const stylish: Formatter = (results, context) => {
  const c = paint(context.color);
  const out: string[] = [];
  const all = results.flatMap((r) => r.findings);
  const lang = context.lang ?? 'en';
  const width = Math.max(...(['error', 'warning', 'info'] as const).map((s) => say(`severity-${s}`, {}, lang).length));
  for (const r of results) {
    if (r.findings.length === 0) continue;
    const rows = r.findings.map((f) => ({ place: shortPlace(f.location), severity: f.severity, message: messageWithItem(f, lang), code: f.code }));
    const placeWidth = Math.max(...rows.map((x) => x.place.length));
    const messageWidth = Math.min(100, Math.max(...rows.map((x) => x.message.length)));
    out.push(c.underline(r.file));
    for (const x of rows) {
      const word = say(`severity-${x.severity}`, {}, lang).padEnd(width);
      const severity = x.severity === 'error' ? c.red(word) : x.severity === 'warning' ? c.yellow(word) : c.cyan(word);
      out.push(`  ${c.dim(x.place.padStart(placeWidth))}  ${severity}  ${x.message.padEnd(messageWidth)}  ${c.dim(x.code)}`);
    }
    out.push('');
  }
  if (all.length === 0) return '';
  const n = countFindings(all);
  const total = all.length;
  const summary =
    lang === 'en'
      ? `✖ ${total} problem${total === 1 ? '' : 's'} (${n.errors} error${n.errors === 1 ? '' : 's'}, ${n.warnings} warning${n.warnings === 1 ? '' : 's'}, ${n.infos} info)`
      : say('stylish-summary', { total, errors: n.errors, warnings: n.warnings, infos: n.infos }, lang);
  out.push(n.errors > 0 ? c.red(c.bold(summary)) : n.warnings > 0 ? c.yellow(c.bold(summary)) : c.bold(summary));
  return out.join('\n') + '\n';
};
