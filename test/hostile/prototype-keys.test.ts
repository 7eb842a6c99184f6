// Keys named like members of Object.prototype in an item's `extra` — from a column header of a document or
// from a model JSON — are kept as ordinary keys by parse and compared by diff, not taken from the prototype.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docx, p } from '../readers/zip-builder.js';
import { BOUND_MS } from './bounds.js';
import { tmp } from './fixture-dir.js';
import { run } from './run-cli.js';

const KEYS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__'];

/** The short order of the hostile suite with one column per key; `tag` goes into each of those cells. */
function orderWithKeyColumns(tag: string): Uint8Array {
  const cell = (text: string) => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;
  return docx(
    p('ПРИКАЗ') +
      p('12.03.2022 № 45') +
      p('Об утверждении дорожной карты') +
      p('ПРИКАЗЫВАЮ:') +
      p('1. Утвердить дорожную карту.') +
      '<w:tbl>' +
      row(['№', 'Мероприятие', 'Срок', 'Ответственный', ...KEYS]) +
      row(['1.', 'Провести семинар', 'Март 2022 года', 'Иванов И.И.', ...KEYS.map((k) => `${k} ${tag}`)]) +
      '</w:tbl>' +
      p('Директор И.И. Сидоров'),
  );
}

interface Extra {
  roadmaps: Array<{ items: Array<{ extra: Record<string, string> }> }>;
}
const extraOf = (json: string) => Object.entries((JSON.parse(json) as Extra).roadmaps[0]!.items[0]!.extra);

describe('extra keys named like Object.prototype members', () => {
  const dir = tmp();
  writeFileSync(join(dir, 'a.docx'), orderWithKeyColumns('one'));
  writeFileSync(join(dir, 'b.docx'), orderWithKeyColumns('two'));

  it('parse keeps every one of them, __proto__ included', () => {
    const r = run(['parse', 'a.docx', '-o', 'a.json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(run(['parse', 'b.docx', '-o', 'b.json'], { cwd: dir }).code).toBe(0);
    // JSON.parse keeps `__proto__` as an own key, so the entries are what the file holds
    expect(extraOf(readFileSync(join(dir, 'a.json'), 'utf8'))).toEqual(KEYS.map((k) => [k, `${k} one`]));
  });

  it('diff of the two models reports a change of each key, and of none when a side is unchanged', () => {
    const r = run(['diff', 'a.json', 'b.json', '--format', 'json'], { cwd: dir });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const changes = [...r.stdout.matchAll(/"field":"extra","key":"([^"]+)","a":"([^"]+)","b":"([^"]+)"/gu)].map((m) => [m[1], m[2], m[3]]);
    expect(changes).toEqual(KEYS.map((k) => [k, `${k} one`, `${k} two`]));
    const same = run(['diff', 'a.json', 'a.docx'], { cwd: dir });
    expect([same.code, same.stderr]).toEqual([0, '']);
  });

  it('a model whose items lack these keys on one side: the other side\'s values are additions, no crash', () => {
    const model = JSON.parse(readFileSync(join(dir, 'a.json'), 'utf8')) as Extra;
    model.roadmaps[0]!.items[0]!.extra = {};
    writeFileSync(join(dir, 'bare.json'), JSON.stringify(model));
    const r = run(['diff', 'bare.json', 'b.json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    for (const k of KEYS) expect(r.stdout).toContain(`${k} two`);
    expect(r.stdout).not.toMatch(/function|\[native code\]/u);
  });

  it('validate reads such a model as valid', () => {
    const r = run(['validate', 'a.json', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('"schema"');
  });
});
