// The .txt reader: decoding, markup, and the table layouts text exports use.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/document/model.js';
import { decodeText } from '../../src/readers/txt/decode.js';
import { readText, readTxt } from '../../src/readers/txt/read-txt.js';
import { FIXTURES, ORDERS } from '../helpers/fixtures.js';

const tables = (text: string) => readText(text).blocks.filter((b): b is Table => b.kind === 'table');
const cells = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.lines.join(' ')));

describe('decoding', () => {
  const utf8 = readFileSync(`${ORDERS}000_634ec10432542fee.txt`, 'utf8');
  it.each([
    ['UTF-8', `${ORDERS}000_634ec10432542fee.txt`, 'utf-8'],
    ['Windows-1251 with CRLF', `${ORDERS}000_634ec10432542fee.cp1251.txt`, 'windows-1251'],
    ['KOI8-R', `${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.koi8r.txt`, 'koi8-r'],
    ['CP866', `${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.cp866.txt`, 'ibm866'],
    ['UTF-16LE without BOM', `${FIXTURES}txt-variants/003_77b42d29d9c320cf.utf16le-nobom.txt`, 'utf-16le'],
    ['UTF-8 with BOM and CRLF', `${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.bom-crlf.txt`, 'utf-8'],
  ])('%s is detected', (_name, file, encoding) => {
    expect(decodeText(readFileSync(file)).encoding).toBe(encoding);
  });

  it('Windows-1251 decodes to the same text as the UTF-8 export (line ends aside)', () => {
    const d = decodeText(readFileSync(`${ORDERS}000_634ec10432542fee.cp1251.txt`));
    expect(d.text.replace(/\r\n/g, '\n')).toBe(utf8);
  });

  it.each(['koi8r', 'cp866'])('%s decodes to what iconv gives back', (name) => {
    const d = decodeText(readFileSync(`${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.${name}.txt`));
    expect(d.text).toBe(readFileSync(`${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.${name}.as-utf8.txt`, 'utf8'));
  });

  it('short single-byte texts are told apart by letter frequency', () => {
    const phrase = 'Утвердить план мероприятий на 2022 год';
    const cp1251 = Buffer.from(phrase.split('').map((ch) => {
      const c = ch.charCodeAt(0);
      if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
      return c;
    }));
    expect(decodeText(cp1251)).toMatchObject({ encoding: 'windows-1251', text: phrase });
  });

  it('binary junk is refused, not decoded into garbage', () => {
    const junk = Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
    expect(() => decodeText(junk)).toThrow(expect.objectContaining({ code: 'binary' }));
  });
});

describe('tab-separated tables', () => {
  it('joins a row broken by a page break, drops rules and keeps section lines as rows', () => {
    const text = [
      '№\tМероприятие\tСрок\tОтветственный',
      '1. Раздел первый\t\t\t',
      '1.1.\tСоздание рабочей\tФевраль 2022\tУправление',
      '',
      '\tгруппы\t\tобразования',
      '-----\t---\t---\t---',
      '',
      '2. Раздел второй',
      '',
      '2.1.\tМастер-\tМарт 2022\tШкола',
      '',
      '\tклассы\t\t',
      '',
      'Состав рабочей группы',
      '1. Иванов И.И., директор',
    ].join('\n');
    const [t] = tables(text);
    expect(cells(t!)).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1. Раздел первый', '', '', ''],
      ['1.1.', 'Создание рабочей группы', 'Февраль 2022', 'Управление образования'],
      ['2. Раздел второй'],
      ['2.1.', 'Мастер- классы', 'Март 2022', 'Школа'],
    ]);
    expect(t!.rows[0]!.header).toBe(true);
    expect(t!.rows[3]!.cells[0]!.colSpan).toBe(4);
    expect(t!.rows[2]!.pos).toEqual({ line: 3, endLine: 5 });
    // the paragraphs after the table are not rows
    const paras = readText(text).blocks.filter((b) => b.kind === 'paragraph');
    expect(paras.map((p) => (p.kind === 'paragraph' ? p.lines.join(' ') : ''))).toEqual(['Состав рабочей группы', '1. Иванов И.И., директор']);
  });

  it('drops a repeated header row and empty phantom columns of a page', () => {
    const text = [
      '№\tЗадачи\tСрок\tИсполнитель',
      '1.\tПервая\t10.02.2022\tЦНППМ',
      '',
      '№\tЗадачи\tСрок\tИсполнитель',
      '2.\tВторая\t\t\tМарт\tЦНППМ',
      '3.\tТретья\t\t\tАпрель\tЦНППМ',
    ].join('\n');
    const [t] = tables(text);
    expect(cells(t!)).toEqual([
      ['№', 'Задачи', 'Срок', 'Исполнитель'],
      ['1.', 'Первая', '10.02.2022', 'ЦНППМ'],
      ['2.', 'Вторая', 'Март', 'ЦНППМ'],
      ['3.', 'Третья', 'Апрель', 'ЦНППМ'],
    ]);
  });

  it('splits an item number fused with its text in a row one cell short', () => {
    const text = ['№\tЗадачи\tСрок\tИсполнитель', '1.\tПервая\tМай\tЦНППМ', '2. Вторая задача\tИюнь\tЦНППМ'].join('\n');
    expect(cells(tables(text)[0]!)[2]).toEqual(['2.', 'Вторая задача', 'Июнь', 'ЦНППМ']);
  });

  it('does not append text a page break repeated', () => {
    const text = [
      '№\tЗадачи\tСрок\tСайт',
      '1.\tПервая\tМай\tНовости (dpo-smolensk.ru)',
      '',
      '\t\t\t(dpo-smolensk.ru)',
      '2.\tВторая\tИюнь\tСайт',
    ].join('\n');
    expect(cells(tables(text)[0]!)[1]).toEqual(['1.', 'Первая', 'Май', 'Новости (dpo-smolensk.ru)']);
  });

  it('strips markdown and HTML remnants from cells and paragraphs', () => {
    const text = ['**ПРИКАЗ**', '', '№\tЗадачи\tСрок', '1.\t<p>Первая</p>\t**Май** <u>2022</u>', '2.\tВторая\tИюнь'].join('\n');
    const doc = readText(text);
    const p = doc.blocks[0]!;
    expect(p.kind === 'paragraph' && p.lines).toEqual(['ПРИКАЗ']);
    expect(p.kind === 'paragraph' && p.bold).toBe(true);
    expect(cells(tables(text)[0]!)[1]).toEqual(['1.', 'Первая', 'Май 2022']);
  });
});

describe('pipe tables', () => {
  it('reads cells ending in « |», one line per row', () => {
    const text = ['№ |Задачи |Срок |', '1. |Первая |Май |', '2. |Вторая |Июнь |'].join('\n');
    expect(cells(tables(text)[0]!)).toEqual([
      ['№', 'Задачи', 'Срок'],
      ['1.', 'Первая', 'Май'],
      ['2.', 'Вторая', 'Июнь'],
    ]);
  });

  it('reads a boxed table whose cells run over several lines between rules', () => {
    const text = [
      '┌────┬──────────┬──────┐',
      '│ №  │ Задачи   │ Срок │',
      '├────┼──────────┼──────┤',
      '│ 1. │ Создание │ Май  │',
      '│    │ группы   │ 2022 │',
      '├────┼──────────┼──────┤',
      '│ 2. │ Анализ   │ Июнь │',
      '└────┴──────────┴──────┘',
    ].join('\n');
    expect(cells(tables(text)[0]!)).toEqual([
      ['№', 'Задачи', 'Срок'],
      ['1.', 'Создание группы', 'Май 2022'],
      ['2.', 'Анализ', 'Июнь'],
    ]);
  });
});

describe('one cell per line (a word processor’s text export)', () => {
  it('recovers rows from the column count and the item numbering', () => {
    const text = ['План', '№', 'Мероприятие', 'Срок', 'Ответственный', '1.', 'Первое', 'Май', 'МОУО', '2.', 'Второе', '', 'ШНОР', '3.', 'Третье', 'Июль', 'МОУО', 'Состав группы'].join('\n');
    const [t] = tables(text);
    expect(cells(t!)).toEqual([
      ['№', 'Мероприятие', 'Срок', 'Ответственный'],
      ['1.', 'Первое', 'Май', 'МОУО'],
      ['2.', 'Второе', '', 'ШНОР'],
      ['3.', 'Третье', 'Июль', 'МОУО'],
    ]);
  });

  it('reads LibreOffice’s text export of a real order: 29 rows of 5 columns', () => {
    const doc = readTxt(readFileSync(`${FIXTURES}txt-variants/002_cfd02bc2b9fd3aef.lo-export.txt`));
    const [t] = doc.blocks.filter((b): b is Table => b.kind === 'table');
    expect(t!.columns).toBe(5);
    expect(t!.rows).toHaveLength(29);
    expect(cells(t!)[2]).toEqual(['3.', 'Определение в ШНОР ответственного лица за проведение работы по обеспечению качества образования', 'Апрель-май 2022 г.', 'МОУО, ШНОР', 'Приказы по ОО']);
  });
});
