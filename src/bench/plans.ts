// Large plans for the growth and memory benchmark: fixture order 001 with one of its roadmap rows
// repeated to the wanted count (numbered 1…n, the timeframe varied over the year), as .docx (the row's
// own WordprocessingML) and .txt (the row's line of the LibreOffice text export). A .pdf is made from
// the .docx by LibreOffice when `soffice` is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const ORDERS = fileURLToPath(new URL('../../fixtures/orders/', import.meta.url));
const SOURCE = '001_905b539a19fec123';

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A varied deadline for row i, so the date parser's memo does not make later rows free. */
function deadline(i: number): string {
  return `до ${1 + (i % 28)} ${MONTHS[i % 12]} 2022 г.`;
}

/** Writes plan-<rows>.docx into dir and returns its path. */
export async function docxPlan(dir: string, rows: number): Promise<string> {
  const path = join(dir, `plan-${rows}.docx`);
  if (existsSync(path)) return path;
  const zip = await JSZip.loadAsync(readFileSync(join(ORDERS, `${SOURCE}.docx`)));
  const xml = await zip.file('word/document.xml')!.async('string');
  const all = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/gu)];
  // the first body row numbered «N.»: header and group rows are kept, body rows replaced
  const bodyRows = all.filter((m) => /<w:t[^>]*>\d+\.<\/w:t>/u.test(m[0]));
  const template = bodyRows[3]![0];
  const first = bodyRows[0]!.index!;
  const last = bodyRows.at(-1)!;
  const end = last.index! + last[0].length;
  const made: string[] = [];
  for (let i = 0; i < rows; i++) {
    made.push(template.replace(/(<w:t[^>]*>)\d+\.(<\/w:t>)/u, `$1${i + 1}.$2`).replace(/(<w:t[^>]*>)\d\d\.\d\d\.2022(<\/w:t>)/u, `$1${deadline(i)}$2`));
  }
  zip.file('word/document.xml', xml.slice(0, first) + made.join('') + xml.slice(end));
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

/** Writes plan-<rows>.txt into dir and returns its path. */
export function txtPlan(dir: string, rows: number): string {
  const path = join(dir, `plan-${rows}.txt`);
  if (existsSync(path)) return path;
  const lines = readFileSync(join(ORDERS, `${SOURCE}.txt`), 'utf8').split('\n');
  const isRow = (l: string) => /^\d+\.\t/u.test(l);
  const firstRow = lines.findIndex(isRow);
  let lastRow = lines.length - 1;
  while (!isRow(lines[lastRow]!)) lastRow--;
  const template = lines.filter(isRow)[3]!;
  const cells = template.split('\t');
  const made: string[] = [];
  for (let i = 0; i < rows; i++) made.push([`${i + 1}.`, cells[1], deadline(i), ...cells.slice(3)].join('\t'));
  writeFileSync(path, [...lines.slice(0, firstRow), ...made, ...lines.slice(lastRow + 1)].join('\n'));
  return path;
}

/** plan-<rows>.pdf converted from the .docx by LibreOffice, or null without soffice (or if it fails). */
export async function pdfPlan(dir: string, rows: number, timeoutMs = 300_000): Promise<string | null> {
  const path = join(dir, `plan-${rows}.pdf`);
  if (existsSync(path)) return path;
  const docx = await docxPlan(dir, rows);
  const outDir = join(dir, `soffice-${rows}`);
  mkdirSync(outDir, { recursive: true });
  const made = join(outDir, `plan-${rows}.pdf`);
  // a fresh LibreOffice profile makes the first start end early (exit 81) once it is set up: try twice
  for (let attempt = 0; attempt < 2 && !existsSync(made); attempt++) {
    spawnSync('soffice', ['--headless', `-env:UserInstallation=file://${join(dir, 'soffice-profile')}`, '--convert-to', 'pdf', '--outdir', outDir, docx], {
      stdio: 'ignore',
      timeout: timeoutMs,
    });
  }
  if (!existsSync(made)) return null;
  renameSync(made, path);
  return path;
}
