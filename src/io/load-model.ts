// A roadmap model from a path: a source document is parsed; a model JSON (from `roadmap parse`) is
// read and checked against the schema, so commands take either.
import { readFile, stat } from 'node:fs/promises';
import { parseFile, type ParseOptions } from '../api.js';
import type { DocumentReader } from './document-reader.js';
import { RoadmapError } from '../errors.js';
import { checkModel } from '../model/check-model.js';
import type { RoadmapModel } from '../model/roadmap.js';
import { checkInputFile } from './input-file.js';

export interface LoadedModel {
  model: RoadmapModel;
  /** Where it came from: a parsed document, or a model JSON file. */
  from: 'document' | 'json';
}

export interface LoadOptions extends ParseOptions {
  /** Reads documents (in worker processes, under limits); without it they are parsed in this process. */
  reader?: DocumentReader;
}

/**
 * The largest model JSON read (validate, diff, report): about 30,000 items. A model is read whole in
 * this process (the commands need it whole), and parsing and checking it costs some ten times its size.
 */
export const MAX_MODEL_JSON_BYTES = 20 * 1024 * 1024;

export async function loadModel(path: string, options: LoadOptions = {}): Promise<LoadedModel> {
  const file = options.file ?? path;
  // a FIFO, a device or a link to /dev/zero is refused before anything reads it
  await checkInputFile(path, file, options.limits?.maxFileBytes);
  if (await isJsonFile(path)) {
    const { size } = await stat(path);
    if (size > MAX_MODEL_JSON_BYTES) {
      throw new RoadmapError('too-large', `the model JSON is ${size} bytes, over the fixed limit of ${MAX_MODEL_JSON_BYTES} for a model read whole (about 30,000 items); split the plan`, { file });
    }
    const text = await readFile(path, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/u, ''));
    } catch (e) {
      throw new RoadmapError('invalid-model', `not valid JSON: ${(e as Error).message}`, { file });
    }
    const checked = checkModel(data);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      throw new RoadmapError('invalid-model', `not a roadmap model: ${issue.message} at ${formatPath(issue.path)}`, { file });
    }
    return { model: checked.data, from: 'json' };
  }
  const model = options.reader ? await options.reader.read(path, file) : await parseFile(path, options);
  return { model, from: 'document' };
}

/** A JSON path as users read it: roadmaps[0].items[3].timeframe. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out || '(root)';
}

async function isJsonFile(path: string): Promise<boolean> {
  if (path.toLowerCase().endsWith('.json')) return true;
  const { open } = await import('node:fs/promises');
  let handle;
  try {
    handle = await open(path, 'r');
    const buf = Buffer.alloc(64);
    const { bytesRead } = await handle.read(buf, 0, 64, 0);
    return /^\s*\{/u.test(buf.subarray(0, bytesRead).toString('utf8').replace(/^\uFEFF/u, ''));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}
