// SARIF 2.1.0, the format code-scanning tools read (GitHub's upload-sarif among them). Valid against
// schemas/sarif-schema-2.1.0.json (a test checks). Every registered rule is described in tool.driver;
// parser codes and schema checks that occur are described as they come.
import { createHash } from 'node:crypto';
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, Severity } from '../finding.js';
import { PARSER_CODES } from '../parser-codes.js';
import type { Formatter } from './formatter.js';
import { messageWithPlace } from './place.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

const CHECKS: Record<string, string> = {
  schema: 'A model JSON file does not match the roadmap model schema.',
  'invalid-json': 'A model JSON file is not valid JSON.',
};

interface SarifRule {
  id: string;
  shortDescription: { text: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { category: string; tags: string[] };
}

/** A file path as a SARIF artifact location: relative paths against %SRCROOT% (the working directory). */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  const uri = file.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
  return { uri, uriBaseId: '%SRCROOT%' };
}

function fingerprint(file: string, f: Finding): string {
  return createHash('sha256').update([f.code, file, f.path ?? '', f.message].join('\u0000')).digest('hex').slice(0, 32);
}

export const sarif: Formatter = (results, context) => {
  const rules: SarifRule[] = context.rules.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description },
    defaultConfiguration: { level: LEVEL[r.meta.severity] },
    properties: { category: r.meta.category, tags: ['roadmap', r.meta.category] },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const ruleIndex = (f: Finding): number => {
    let i = index.get(f.code);
    if (i === undefined) {
      const origin = f.origin === 'schema' ? 'schema' : 'parser';
      rules.push({
        id: f.code,
        shortDescription: { text: CHECKS[f.code] ?? PARSER_CODES[f.code] ?? `reported by the ${origin}` },
        defaultConfiguration: { level: LEVEL[f.severity] },
        properties: { category: origin, tags: ['roadmap', origin] },
      });
      i = rules.length - 1;
      index.set(f.code, i);
    }
    return i;
  };

  const sarifResults = results.flatMap((r) =>
    r.findings.map((f) => {
      const loc = f.location;
      // code-scanning tools need a line: a finding about a .docx or .pdf (no lines) points at line 1,
      // and its table, row and page go into the message and the properties
      const region: { startLine: number; startColumn?: number } = { startLine: loc.line ?? 1 };
      if (loc.column !== undefined) region.startColumn = loc.column;
      const properties: Record<string, string | number> = { origin: f.origin };
      for (const k of ['item', 'table', 'row', 'page'] as const) if (loc[k] !== undefined) properties[k] = loc[k]!;
      return {
        ruleId: f.code,
        ruleIndex: ruleIndex(f),
        level: LEVEL[f.severity],
        message: { text: messageWithPlace(f) },
        locations: [
          {
            physicalLocation: { artifactLocation: artifact(r.file), region },
            ...(f.path ? { logicalLocations: [{ fullyQualifiedName: f.path, kind: 'member' }] } : {}),
          },
        ],
        partialFingerprints: { 'roadmapFinding/v1': fingerprint(r.file, f) },
        properties,
      };
    }),
  );

  const failures = results.filter((r) => r.failure);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'roadmap', semanticVersion: context.version, version: context.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd.endsWith(sep) ? context.cwd : context.cwd + sep).href } },
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((r) => ({
              level: 'error',
              message: { text: `${r.file}: cannot be read: ${r.failure!.message} [${r.failure!.code}]` },
              locations: [{ physicalLocation: { artifactLocation: artifact(r.file) } }],
              descriptor: { id: r.failure!.code },
            })),
          },
        ],
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
