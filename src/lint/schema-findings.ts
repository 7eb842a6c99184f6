// The first layer of `validate` for a model JSON: is it JSON, and does it match the model's schema?
// Every violation is a finding naming its JSON path and its line in the file, not just the first.
import { checkModel } from '../model/check-model.js';
import type { RoadmapModel } from '../model/roadmap.js';
import type { Finding } from './finding.js';
import { jsonPositions } from './json-positions.js';
import { locate } from './locate.js';
import { pathKey } from './path-key.js';
import type { PathSegment } from './rule.js';

/** At most this many schema findings per file: past that the file is plainly not a model. */
const MAX_ISSUES = 100;

export type JsonCheck = { ok: true; model: RoadmapModel } | { ok: false; findings: Finding[] };

export function checkModelJson(text: string, file: string): JsonCheck {
  const body = text.replace(/^\uFEFF/u, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { ok: false, findings: [syntaxFinding(body, file, (e as Error).message)] };
  }
  const checked = checkModel(data);
  if (checked.success) return { ok: true, model: checked.data };
  let positions: Map<string, { line: number; column: number }> | undefined;
  const ctx = { file, kind: 'json' as const, model: null, positions: () => (positions ??= jsonPositions(body)) };
  const findings: Finding[] = [];
  for (const issue of checked.error.issues) {
    const base = issue.path.filter((p): p is PathSegment => typeof p === 'string' || typeof p === 'number');
    // an unknown key is pointed at itself, not at the object holding it
    const targets: Array<{ path: PathSegment[]; message: string }> =
      issue.code === 'unrecognized_keys' ? issue.keys.map((k) => ({ path: [...base, k], message: 'unknown key' })) : [{ path: base, message: describe(issue) }];
    for (const t of targets) {
      const path = t.path.length ? pathKey(t.path) : '(root)';
      findings.push({ code: 'schema', severity: 'error', message: `${path}: ${t.message}`, path, origin: 'schema', location: locate(t.path, ctx) });
    }
    if (findings.length >= MAX_ISSUES) break;
  }
  return { ok: false, findings };
}

/** A zod issue in plain words: a missing field says so, the rest keep zod's wording. */
function describe(issue: { code: string; message: string; expected?: unknown }): string {
  if (issue.code === 'invalid_type' && /received undefined$/u.test(issue.message)) return `missing (expected ${String(issue.expected)})`;
  return issue.message.replace(/^Invalid input: /u, '');
}

/** JSON.parse's complaint, placed at the line it names («… at position 120 (line 4 column 7)») when it names one. */
function syntaxFinding(text: string, file: string, message: string): Finding {
  const location: Finding['location'] = { file };
  const lc = /line (\d+) column (\d+)/u.exec(message);
  const at = /at position (\d+)/u.exec(message);
  if (lc) {
    location.line = Number(lc[1]);
    location.column = Number(lc[2]);
  } else if (at) {
    const before = text.slice(0, Number(at[1]));
    location.line = before.split('\n').length;
    location.column = Number(at[1]) - before.lastIndexOf('\n');
  }
  return { code: 'invalid-json', severity: 'error', message: `not valid JSON: ${message.split('\n')[0]}`, path: null, origin: 'schema', location };
}
