// The library's entry points: a document (path, bytes or text) in, the roadmap model out.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { DocModel } from './document/model.js';
import { RoadmapError, isRoadmapError } from './errors.js';
import { extractModel } from './extract/index.js';
import { checkInputFile } from './io/input-file.js';
import { RoadmapModel, type Source } from './model/roadmap.js';
import { readDocument, readText, type ReadOptions } from './readers/index.js';

export interface ParseOptions extends ReadOptions {
  /** The name recorded in `source.file` (the path as given). */
  file?: string;
}

/** Parse a document file (.docx, .pdf, .txt, .html; the format is told from its bytes). */
export async function parseFile(path: string, options: ParseOptions = {}): Promise<RoadmapModel> {
  const file = options.file ?? path;
  await checkInputFile(path, file, options.limits?.maxFileBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new RoadmapError('unreadable', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { file, cause: e });
  }
  return parseBytes(bytes, { ...options, file });
}

/** Parse a document's bytes. */
export async function parseBytes(bytes: Uint8Array, options: ParseOptions = {}): Promise<RoadmapModel> {
  const file = options.file ?? '<bytes>';
  let doc: DocModel;
  try {
    doc = await readDocument(bytes, options);
  } catch (e) {
    // a reader's error does not know the file it was reading: name it
    if (isRoadmapError(e)) e.file ??= file;
    throw e;
  }
  return modelOf(doc, file, sha256(bytes));
}

/** Parse an order given as plain text (already decoded). */
export function parseText(text: string, options: { file?: string } = {}): RoadmapModel {
  const doc = readText(text);
  doc.encoding = null;
  return modelOf(doc, options.file ?? '<text>', sha256(new TextEncoder().encode(text)));
}

/** Read a document into the common document model without extracting anything. */
export async function readDocumentFile(path: string, options: ReadOptions = {}): Promise<DocModel> {
  return readDocument(await readFile(path), options);
}

function modelOf(doc: DocModel, file: string, hash: string): RoadmapModel {
  const source: Source = {
    file,
    format: doc.format,
    sha256: hash,
    encoding: doc.format === 'txt' ? (doc.encoding ?? null) : null,
    pages: doc.format === 'pdf' ? (doc.pages ?? null) : null,
  };
  const model = extractModel(doc, source);
  const checked = RoadmapModel.safeParse(model);
  if (!checked.success) {
    throw new RoadmapError('internal', `the parser produced an invalid model: ${checked.error.issues[0]?.message ?? 'unknown'} at ${checked.error.issues[0]?.path.join('.') ?? ''}`, { file });
  }
  return model;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
