// One input file through both layers: a model JSON is checked against the schema (every violation
// reported), a document is parsed; then the rules run. A file that cannot be read at all is a failure,
// not a finding.
import { readFile } from 'node:fs/promises';
import { isRoadmapError } from '../errors.js';
import type { DocumentReader } from '../io/document-reader.js';
import { loadModel } from '../io/load-model.js';
import type { Finding } from './finding.js';
import { jsonPositions, type TextPosition } from './json-positions.js';
import { lintModel, type LintOptions } from './runner.js';
import { checkModelJson } from './schema-findings.js';

export interface FileFailure {
  /** The error code of the failure (see src/errors.ts), «internal» for a bug. */
  code: string;
  message: string;
}

export interface FileResult {
  /** The file as given on the command line. */
  file: string;
  /** What it held: a document parsed here or a model JSON; null when it could not be read. */
  kind: 'document' | 'json' | null;
  findings: Finding[];
  failure?: FileFailure;
  /** The exception behind a failure, for --debug. */
  cause?: unknown;
}

export type FileLintOptions = Omit<LintOptions, 'file' | 'kind' | 'positions'> & {
  /** Reads documents in worker processes under limits (see src/batch/isolated-reader.ts). */
  reader?: DocumentReader;
};

export async function lintFile(path: string, file: string, fileOptions: FileLintOptions = {}): Promise<FileResult> {
  const { reader, ...options } = fileOptions;
  try {
    const loaded = await loadModel(path, { file, ...(reader ? { reader } : {}) });
    if (loaded.from === 'document') return { file, kind: 'document', findings: lintModel(loaded.model, { ...options, file, kind: 'document' }) };
    return { file, kind: 'json', findings: lintModel(loaded.model, { ...options, file, kind: 'json', positions: lazyPositions(await readFile(path, 'utf8')) }) };
  } catch (e) {
    if (isRoadmapError(e) && e.code === 'invalid-model') {
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text !== null) {
        const check = checkModelJson(text, file);
        if (!check.ok) return { file, kind: 'json', findings: check.findings };
        // loadModel refused what the schema accepts (a byte-order mark before the JSON): lint it anyway
        return { file, kind: 'json', findings: lintModel(check.model, { ...options, file, kind: 'json', positions: lazyPositions(text) }) };
      }
    }
    const failure: FileFailure = isRoadmapError(e) ? { code: e.code, message: e.message } : { code: 'internal', message: e instanceof Error ? e.message : String(e) };
    return { file, kind: null, findings: [], failure, cause: e };
  }
}

function lazyPositions(text: string): () => Map<string, TextPosition> {
  let positions: Map<string, TextPosition> | undefined;
  return () => (positions ??= jsonPositions(text.replace(/^\uFEFF/u, '')));
}
