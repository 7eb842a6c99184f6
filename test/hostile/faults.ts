// The fault catalogue (issue 18): faults of the machine and of strange-but-valid inputs that once ended
// in «this is a bug», a hang or a crash. Each case makes its input (and, where it needs one, a full or
// read-only file system) and says the one line, the error code and the exit status it must end in.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ORDERS, expectedModel } from '../helpers/fixtures.js';
import { RoadmapModel } from '../../src/model/roadmap.js';
import * as F from './fault-pdfs.js';
import * as T from './hostile-txt.js';
import type { Measured } from './run-cli.js';

export interface FaultContext {
  /** The case's own folder (the command runs in it). */
  dir: string;
  /**
   * A tmpfs mounted at `dir/name` (a full one when `fill`, a read-only one when `readOnly`): null where
   * mounting is not permitted, and the case is then skipped.
   */
  mount(name: string, options: { sizeKb?: number; fill?: boolean; readOnly?: boolean }): string;
}

export interface FaultCase {
  id: string;
  /** The point of issue 18 it belongs to. */
  point: number;
  /** It mounts a file system (root only): skipped with a message where that is not permitted. */
  mounts?: boolean;
  /** Makes the inputs in ctx.dir; returns the arguments of `roadmap`. */
  make: (ctx: FaultContext) => string[] | Promise<string[]>;
  expect: {
    exit: number;
    /** The error code in brackets at the end of the line that says what went wrong; null for a usage error, which has none. */
    code: string | null;
    /** That line. */
    line: RegExp;
    /** Lines on stderr (1 unless a batch also gives its count line or a failed input). */
    lines?: number;
  };
  /** What else must hold: nothing half-written, nothing left over. */
  check?: (ctx: FaultContext, r: Measured) => void;
  /** A hang guard, not a speed test. */
  boundMs?: number;
  /** Where the command runs, inside the case's folder (default: the folder itself). */
  cwd?: string;
}

const ORDER_TXT = `${ORDERS}002_cfd02bc2b9fd3aef.txt`;
const ORDER_DOCX = `${ORDERS}003_77b42d29d9c320cf.docx`;

/** Copies of a real order in .txt under `dir/sub` (several inputs for a batch). */
function orders(dir: string, sub: string, n: number): string {
  mkdirSync(join(dir, sub));
  for (let i = 1; i <= n; i++) copyFileSync(ORDER_TXT, join(dir, sub, `order-${i}.txt`));
  return sub;
}

function order(dir: string, name = 'order.txt'): string {
  copyFileSync(ORDER_TXT, join(dir, name));
  return name;
}

function docx(dir: string): string {
  copyFileSync(ORDER_DOCX, join(dir, 'order.docx'));
  return 'order.docx';
}

const cannotWrite = (out: string, reason: string) => new RegExp(`^roadmap: cannot write ${out.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')} \\(${reason}\\) \\[write-failed\\]$`, 'u');
const FULL = 'no space left on the device';
const RO = 'a read-only file system';
const NO_FOLDER = 'the folder does not exist';

/** A command whose -o goes to a full disk, a read-only file system or a folder that does not exist. */
function writeCases(cmd: 'parse' | 'report' | 'validate', input: (dir: string) => string, ext: string): FaultCase[] {
  return [
    {
      id: `${cmd}-o-full-disk`,
      point: 1,
      mounts: true,
      make: (ctx) => [cmd, input(ctx.dir), '-o', `${ctx.mount('full', { fill: true }) && 'full'}/out${ext}`],
      expect: { exit: 1, code: 'write-failed', line: cannotWrite(`full/out${ext}`, FULL) },
    },
    {
      id: `${cmd}-o-read-only`,
      point: 1,
      mounts: true,
      make: (ctx) => [cmd, input(ctx.dir), '-o', `${ctx.mount('ro', { readOnly: true }) && 'ro'}/out${ext}`],
      expect: { exit: 1, code: 'write-failed', line: cannotWrite(`ro/out${ext}`, RO) },
    },
    {
      id: `${cmd}-o-missing-folder`,
      point: 1,
      make: (ctx) => [cmd, input(ctx.dir), '-o', `no-such-folder/out${ext}`],
      expect: { exit: 1, code: 'write-failed', line: cannotWrite(`no-such-folder/out${ext}`, NO_FOLDER) },
    },
  ];
}

export const FAULTS: FaultCase[] = [
  // ── 1. write failures of -o ─────────────────────────────────────────────────────────────────────
  ...writeCases('parse', (d) => order(d), '.json'),
  ...writeCases('report', (d) => order(d), '.md'),
  ...writeCases('validate', (d) => order(d), '.txt'),
  {
    id: 'parse-docx-o-full-disk',
    point: 1,
    mounts: true,
    make: (ctx) => ['parse', docx(ctx.dir), '-o', `${ctx.mount('full', { fill: true }) && 'full'}/out.json`],
    expect: { exit: 1, code: 'write-failed', line: cannotWrite('full/out.json', FULL) },
  },
  {
    id: 'parse-o-under-proc',
    point: 1,
    make: (ctx) => ['parse', order(ctx.dir), '-o', '/proc/no-such-folder/out.json'],
    expect: { exit: 1, code: 'write-failed', line: cannotWrite('/proc/no-such-folder/out.json', NO_FOLDER) },
  },
  {
    id: 'parse-several-o-full-disk',
    point: 1,
    mounts: true,
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 12), '--jobs', '2', '-q', '-o', `${ctx.mount('small', { sizeKb: 64 }) && 'small'}/all.json`],
    expect: { exit: 1, code: 'write-failed', line: cannotWrite('small/all.json', FULL) },
  },
  {
    id: 'parse-several-o-read-only',
    point: 1,
    mounts: true,
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 3), '--jobs', '2', '-q', '-o', `${ctx.mount('ro', { readOnly: true }) && 'ro'}/all.json`],
    expect: { exit: 1, code: 'write-failed', line: cannotWrite('ro/all.json', RO) },
  },
  {
    id: 'parse-several-o-missing-folder',
    point: 1,
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 3), '--jobs', '2', '-q', '-o', 'no-such-folder/all.json'],
    expect: { exit: 1, code: 'write-failed', line: cannotWrite('no-such-folder/all.json', NO_FOLDER) },
  },

  // ── 2. an --out-dir that cannot be written stops the batch at once ─────────────────────────────
  {
    id: 'out-dir-read-only',
    point: 2,
    mounts: true,
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 12), '--jobs', '2', '-q', '--out-dir', `${ctx.mount('ro', { readOnly: true }) && 'ro'}/models`],
    expect: { exit: 1, code: 'write-failed', lines: 2, line: /^roadmap: cannot write ro\/models \(a read-only file system\): the batch is stopped, as every output would fail the same way \[write-failed\]$/u },
    check: (_ctx, r) => {
      if (!/^roadmap: 0 converted, 0 failed, 12 not done \(stopped\) — ro\/models\/summary\.json could not be written$/mu.test(r.stderr)) throw new Error(`no summary line: ${r.stderr}`);
    },
  },
  {
    id: 'out-dir-missing-parent',
    point: 2,
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 12), '--jobs', '2', '-q', '--out-dir', '/proc/no-such-folder/models'],
    expect: { exit: 1, code: 'write-failed', lines: 2, line: /^roadmap: cannot write \/proc\/no-such-folder\/models \(the folder does not exist\): the batch is stopped/u },
  },
  {
    id: 'out-dir-fills-up',
    point: 2,
    mounts: true,
    // room for a few models (about 20 KB each) and not for 40
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 40), '--jobs', '2', '-q', '--out-dir', `${ctx.mount('small', { sizeKb: 128 }) && 'small'}/models`],
    expect: { exit: 1, code: 'write-failed', lines: 3, line: /^roadmap: cannot write small\/models \(no space left on the device\): the batch is stopped, as every output would fail the same way \[write-failed\]$/u },
    check: (_ctx, r) => {
      const failed = r.stderr.split('\n').filter((l) => /^roadmap: in\/order-\d+\.txt: cannot write .*\(no space left on the device\) \[write-failed\]$/u.test(l));
      // the first write that fails stops the batch: not one failure per input
      if (failed.length !== 1) throw new Error(`expected one failed input, got ${failed.length}: ${r.stderr}`);
      if (!/^roadmap: \d+ converted, 1 failed, \d+ not done \(stopped\)/mu.test(r.stderr)) throw new Error(`no summary line: ${r.stderr}`);
    },
  },

  // ── 3. ignore patterns of .roadmaprc.yaml: well formed, and matched without backtracking ────────
  ...(
    [
      ['reversed-range', '"[z-a]"', /invalid character class range/u],
      ['empty-negated-class', '"[!]"', /missing closing \]/u],
    ] as const
  ).map(
    ([name, pattern, reason]): FaultCase => ({
      id: `config-ignore-${name}`,
      point: 3,
      // the config is found upward from the working folder, as other linters find theirs
      make: (ctx) => {
        writeFileSync(join(ctx.dir, '.roadmaprc.yaml'), `rules: {}\nignore:\n  - drafts/\n  - ${pattern}\n`);
        mkdirSync(join(ctx.dir, 'plans'));
        order(join(ctx.dir, 'plans'));
        return ['validate', 'plans/order.txt'];
      },
      expect: { exit: 2, code: 'config', line: new RegExp(`^roadmap: \\.roadmaprc\\.yaml:4:5: ignore: «.+» is not a valid pattern: .*${reason.source}.* \\[config\\]$`, 'u') },
    }),
  ),
  {
    id: 'config-ignore-found-upward',
    point: 3,
    make: (ctx) => {
      writeFileSync(join(ctx.dir, '.roadmaprc.yaml'), 'ignore:\n  - "[9-0]*.txt"\n');
      mkdirSync(join(ctx.dir, 'plans'));
      return ['validate', order(join(ctx.dir, 'plans'))];
    },
    expect: { exit: 2, code: 'config', line: /^roadmap: \.\.\/\.roadmaprc\.yaml:2:5: ignore: «\[9-0\]\*\.txt» is not a valid pattern: invalid character class range: `9-0` \[config\]$/u },
    cwd: 'plans',
  },
  {
    // «**a**a…b» against a long name of a's and no b: a backtracking matcher tries some 200^12 ways
    id: 'config-ignore-nested-stars',
    point: 3,
    make: (ctx) => {
      writeFileSync(join(ctx.dir, '.roadmaprc.yaml'), `ignore:\n  - "${'**a'.repeat(12)}**b"\n`);
      mkdirSync(join(ctx.dir, 'plans'));
      order(join(ctx.dir, 'plans'), `${'a'.repeat(200)}.txt`);
      return ['validate', 'plans', '--format', 'json', '-o', 'report.json'];
    },
    // the order has findings (errors): exit 1 with nothing on stderr; the report is written
    expect: { exit: 1, code: null, line: /^$/u },
    check: (ctx) => {
      const report = JSON.parse(readFileSync(join(ctx.dir, 'report.json'), 'utf8')) as unknown[];
      if (!Array.isArray(report) || report.length !== 1) throw new Error('the order was not validated');
    },
  },

  // ── 4. years outside 1900–2100: a diagnostic, not a period; a report's timeline bounded ──────────
  {
    id: 'dates-year-0001',
    point: 4,
    make: () => ['dates', '01.01.0001'],
    expect: { exit: 0, code: null, line: /^$/u },
    check: (_ctx, r) => {
      if (r.stdout.trim() !== '{"text":"01.01.0001","kind":"none","periods":[],"recurrence":null}') throw new Error(`read as ${r.stdout}`);
    },
  },
  {
    id: 'parse-txt-deadlines-in-year-0001',
    point: 4,
    make: (ctx) => {
      writeFileSync(join(ctx.dir, 'year-1.txt'), readFileSync(ORDER_TXT, 'utf8').replaceAll('2022', '0001'));
      return ['parse', 'year-1.txt'];
    },
    expect: { exit: 0, code: null, line: /^$/u },
    check: (_ctx, r) => {
      const model = RoadmapModel.parse(JSON.parse(r.stdout));
      const items = model.roadmaps.flatMap((m) => m.items);
      if (items.length < 20) throw new Error(`only ${items.length} items`);
      if (model.roadmaps.some((m) => m.period !== null)) throw new Error('a plan period in the year 1');
      if (items.some((i) => i.timeframe.periods.length > 0)) throw new Error('a period in the year 1');
      if (items.some((i) => /0001/u.test(i.timeframe.text) && i.timeframe.kind !== 'none')) throw new Error('a timeframe of the year 1 read as dated');
      const said = model.diagnostics.filter((d) => d.code === 'timeframe-year-out-of-range');
      if (said.length !== items.filter((i) => /0001/u.test(i.timeframe.text)).length) throw new Error(`${said.length} diagnostics`);
      if (!/names the year 1, outside 1900–2100: it is not read as a date/u.test(said[0]!.message)) throw new Error(said[0]!.message);
    },
  },
  ...(['markdown', 'html', 'json', 'csv', 'ics'] as const).map(
    (format): FaultCase => ({
      id: `report-${format}-years-out-of-range`,
      point: 4,
      make: (ctx) => {
        // a period of ten thousand years, items from the year 1 to 9999, and 80 plans over two centuries
        const far = structuredClone(expectedModel(T.ORDER_ID)) as unknown as RoadmapModel;
        far.roadmaps[0]!.period = { start: '0500-01-01', end: '9999-12-31' };
        far.roadmaps[0]!.items[0]!.timeframe = { text: 'x', kind: 'range', periods: [{ start: '0001-01-01', end: '9999-12-31', precision: 'day' }], recurrence: null };
        far.roadmaps[0]!.items[1]!.timeframe = { text: 'y', kind: 'deadline', periods: [{ start: null, end: '9999-12-31', precision: 'day' }], recurrence: null };
        writeFileSync(join(ctx.dir, 'far.json'), JSON.stringify(far));
        const wide = structuredClone(expectedModel(T.ORDER_ID)) as unknown as RoadmapModel;
        const template = wide.roadmaps[0]!;
        wide.roadmaps = Array.from({ length: 80 }, (_, k) => ({
          ...template,
          period: { start: '1900-01-01', end: '2100-12-31' },
          items: template.items.map((i) => ({ ...i, section: `${k + 1}`, timeframe: { text: 'z', kind: 'range', periods: [{ start: '1900-01-01', end: '2100-12-31', precision: 'day' }], recurrence: null } })),
        }));
        writeFileSync(join(ctx.dir, 'wide.json'), JSON.stringify(wide));
        return ['report', 'far.json', 'wide.json', '--format', format, '--as-of', '2022-06-01', '-o', `report.${format}`];
      },
      expect: { exit: 0, code: null, line: /^$/u },
      check: (ctx) => {
        const size = statSync(join(ctx.dir, `report.${format}`)).size;
        // 80 × 28 items over twenty years of months at most, not a timeline of millennia
        if (size > 64 * 1024 * 1024) throw new Error(`a report of ${size} bytes`);
      },
    }),
  ),

  // ── 5. a report over models too large to hold ───────────────────────────────────────────────────
  {
    id: 'report-huge-models',
    point: 5,
    make: (ctx) => {
      // two models of 70 MB each (one item with a 70 MB activity): valid, and together over the default
      const model = structuredClone(expectedModel(T.ORDER_ID)) as unknown as RoadmapModel;
      model.roadmaps[0]!.items[0]!.activity += ' мониторинг'.padEnd(70_000_000, '.');
      const text = JSON.stringify(model);
      writeFileSync(join(ctx.dir, 'a.json'), text);
      writeFileSync(join(ctx.dir, 'b.json'), text);
      return ['report', 'a.json', 'b.json', '--format', 'html', '-o', 'report.html'];
    },
    expect: { exit: 7, code: 'too-large', line: /^roadmap: the inputs total \d+ bytes, over the limit of 134217728 for one report \(raise it with --max-input-size, or report on fewer files\) \[too-large\]$/u },
    check: (ctx) => {
      if (existsSync(join(ctx.dir, 'report.html'))) throw new Error('a report was written');
    },
  },
  {
    id: 'report-over-max-input-size',
    point: 5,
    make: (ctx) => {
      const text = JSON.stringify(expectedModel(T.ORDER_ID));
      for (const name of ['a', 'b', 'c']) writeFileSync(join(ctx.dir, `${name}.json`), text);
      return ['report', 'a.json', 'b.json', 'c.json', '--max-input-size', String(2 * Buffer.byteLength(text))];
    },
    expect: { exit: 7, code: 'too-large', line: /^roadmap: the inputs total \d+ bytes, over the limit of \d+ for one report \(raise it with --max-input-size/u },
  },

  // ── 6, 7. PDFs that only a timeout or a crash stopped: counted before pdf.js reads ─────────────────
  ...(
    [
      [6, 'pdf-jbig2-image-bomb', 'jbig2.pdf', F.jbig2BombPdf, '--max-pdf-image-pixels', /an image of the PDF has 60000 × 60000 pixels, over the limit of 100000000/u],
      [6, 'pdf-exponential-forms', 'forms.pdf', () => F.formBombPdf(40), '--max-pdf-form-visits', /a form of the PDF draws more than 10000 forms/u],
      [7, 'pdf-nesting-split-over-streams', 'split-q.pdf', () => F.splitNestingPdf(250, 400), '--max-xml-depth', /saves the graphics state \(q\) more than 500 levels deep/u],
      [7, 'pdf-nesting-in-hex', 'hex-q.pdf', () => F.hexNestingPdf(100_000), '--max-xml-depth', /saves the graphics state \(q\) more than 500 levels deep/u],
      [7, 'pdf-lying-count-page-tree', 'lying-tree.pdf', () => F.lyingCountTreePdf(100_000), '--max-pdf-pages', /more than 1000 page objects/u],
    ] as const
  ).map(
    ([point, id, file, make, flag, message]): FaultCase => ({
      id,
      point,
      make: (ctx) => {
        writeFileSync(join(ctx.dir, file), make());
        return ['parse', file];
      },
      // «within a few seconds»: the bound is a hang guard well under the 60 s timeout that used to stop them
      boundMs: 20_000,
      expect: { exit: 7, code: 'too-large', line: new RegExp(`^roadmap: ${file.replace('.', '\\.')}: .*${message.source}.*\\(\\w+; raise it with ${flag}\\) \\[too-large\\]$`, 'u') },
    }),
  ),

  // ── 8. a worker memory too small to start one ───────────────────────────────────────────────────
  {
    id: 'max-memory-1',
    point: 8,
    make: (ctx) => ['parse', docx(ctx.dir), '--max-memory', '1'],
    expect: { exit: 2, code: null, line: /^roadmap: --max-memory 1: a worker process needs at least 64 MB to start$/u },
  },
  {
    id: 'max-memory-1-batch',
    point: 8,
    make: (ctx) => ['parse', orders(ctx.dir, 'in', 2), '--max-memory', '1', '--out-dir', 'models'],
    expect: { exit: 2, code: null, line: /^roadmap: --max-memory 1: a worker process needs at least 64 MB to start$/u },
  },
];
