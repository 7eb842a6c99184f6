// The diff for a terminal: like diff -u, lines marked −, + and ~ in the order of plan B, each changed
// field under its item; word changes as [-…-]{+…+}, or in red and green when colour is on.
import type { DiffResult, FieldChange, ItemEntry, RoadmapDiff, WordOp } from '../diff-result.js';
import { shownData } from '../../safe-text.js';
import { roadmapSame } from '../focus.js';
import { wordDiff } from '../word-diff.js';
import { wordingKey } from '../wording.js';
import {
  FIELD_LABEL,
  REQUISITE_LABEL,
  SAME,
  actLabel,
  activityLabel,
  columnLabel,
  gapPhrase,
  movePhrase,
  numberLabel,
  numberingNote,
  onlyNote,
  requisiteValue,
  ruDate,
  shiftPhrase,
  timeframeSides,
  totalsLine,
} from './phrases.js';

export interface TextOptions {
  color: boolean;
}

type Paint = (s: string) => string;

export function formatText(data: DiffResult, options: TextOptions): string {
  // the documents' words and the paths reach a terminal: control characters shown as escapes
  const result = shownData(data);
  const sgr = (code: string): Paint => (options.color ? (s) => (s === '' ? s : `\u001b[${code}m${s}\u001b[0m`) : (s) => s);
  const red = sgr('31');
  const green = sgr('32');
  const yellow = sgr('33');
  const bold = sgr('1');
  const dim = sgr('2');
  const words = (ops: readonly WordOp[]) =>
    ops
      .map((o) => {
        if (o.op === 'equal') return o.text;
        const lead = /^\s*/u.exec(o.text)![0];
        const body = o.text.slice(lead.length);
        if (options.color) return lead + (o.op === 'delete' ? red(body) : green(body));
        return lead + (o.op === 'delete' ? `[-${body}-]` : `{+${body}+}`);
      })
      .join('')
      .trim();

  const out: string[] = [];
  out.push(bold(`--- ${result.a.path}  ${actLabel(result.a)}`));
  out.push(bold(`+++ ${result.b.path}  ${actLabel(result.b)}`));
  const only = onlyNote(result.only);
  if (only) out.push(dim(only));

  if (result.requisites.length) {
    out.push('', bold('Реквизиты'));
    for (const r of result.requisites) {
      if (r.field === 'title' && r.a && r.b) {
        out.push(`  ${REQUISITE_LABEL.title}: ${words(wordDiff(r.a, r.b))}`);
        continue;
      }
      out.push(`  ${REQUISITE_LABEL[r.field]}: ${red(requisiteValue(r.field, r.a))} → ${green(requisiteValue(r.field, r.b))}`);
    }
  }

  for (const r of result.roadmaps) if (!roadmapSame(r)) out.push(...roadmap(r));

  out.push('');
  out.push(result.same ? SAME : `Итого: ${totalsLine(result.counts)}.`);
  return out.join('\n') + '\n';

  function roadmap(r: RoadmapDiff): string[] {
    const lines: string[] = [''];
    const title = r.b?.title ?? r.a?.title ?? null;
    if (!r.a) lines.push(bold(`+ План только в B: «${title ?? 'без названия'}»`));
    else if (!r.b) lines.push(bold(`− План только в A: «${title ?? 'без названия'}»`));
    else lines.push(bold(`План «${title ?? 'без названия'}»`));
    if (r.title) lines.push(`  название: ${words(wordDiff(r.title.a, r.title.b))}`);
    if (r.period) lines.push(`  период: ${span(r.period.a)} → ${span(r.period.b)}`);
    for (const c of r.columns.added) lines.push(green(`  + колонка ${columnLabel(c)}`));
    for (const c of r.columns.removed) lines.push(red(`  − колонка ${columnLabel(c)}`));
    for (const c of r.columns.renamed) lines.push(`  колонка ${columnLabel(c.a)} → «${c.b.header}»`);
    const note = r.a && r.b ? numberingNote(r) : null;
    if (note) lines.push(dim(`  (${note})`));

    if (r.sections.length) {
      lines.push('', '  Разделы');
      for (const s of r.sections) {
        if (s.change === 'added') lines.push(green(`  + ${sectionTitle(s.b)}`));
        else if (s.change === 'removed') lines.push(red(`  − ${sectionTitle(s.a)}`));
        else {
          const what = [s.renamed ? 'переименован' : '', s.renumbered ? 'перенумерован' : '', s.reordered ? 'перемещён' : ''].filter(Boolean);
          lines.push(yellow(`  ~ ${sectionTitle(s.a)} → ${sectionTitle(s.b)}`) + dim(` (${what.join(', ')})`));
        }
      }
    }

    if (r.items.length) {
      lines.push('', '  Пункты');
      for (const e of r.items) lines.push(...item(e));
    }

    if (r.report) {
      const rep = r.report;
      lines.push('', `  План и отчёт${rep.column ? ` (колонка «${rep.column}»)` : ''}`);
      lines.push(`    запланировано ${rep.planned}, с отметкой ${rep.reported}, из них выполнено ${rep.done}`);
      for (const g of rep.gaps) lines.push(red(`    ${numberLabel(g.plan, null)} ${activityLabel(g.plan, 100)}`) + ` — ${gapPhrase(g)}`);
    }
    if (result.roadmaps.length > 1) lines.push('', `  ${totalsLine(r.counts)}`);
    return lines;
  }

  function item(e: ItemEntry): string[] {
    if (e.change === 'added') return [green(`  + ${numberLabel(null, e.b)} ${activityLabel(e.b)}`)];
    if (e.change === 'removed') return [red(`  − ${numberLabel(e.a, null)} ${activityLabel(e.a)}`)];
    const head = `  ~ ${numberLabel(e.a, e.b)} ${activityLabel(e.b)}`;
    const lines = [yellow(head) + (e.similarity < 1 ? dim(` (сходство ${Math.round(e.similarity * 100)}%)`) : '')];
    if (e.moved) lines.push(`      ${movePhrase(e.moved, e.a, e.b)}`);
    for (const f of e.fields) lines.push(`      ${field(f)}`);
    return lines;
  }

  function field(f: FieldChange): string {
    switch (f.field) {
      case 'timeframe': {
        const [a, b] = timeframeSides(f.a, f.b, wordingKey(f.a.text) === wordingKey(f.b.text));
        const shift = shiftPhrase(f.shift);
        return `${FIELD_LABEL.timeframe}: ${red(a)} → ${green(b)}${shift ? `; ${bold(shift)}` : ''}`;
      }
      case 'responsible':
      case 'links': {
        const parts = [...f.added.map((s) => green(`+ ${s}`)), ...f.removed.map((s) => red(`− ${s}`))];
        return `${FIELD_LABEL[f.field]}: ${parts.join('; ')}`;
      }
      case 'extra':
        return `${FIELD_LABEL.extra} «${f.key}»: ${red(f.a ?? '—')} → ${green(f.b ?? '—')}`;
      default:
        return `${FIELD_LABEL[f.field]}: ${words(f.words)}`;
    }
  }
}

function span(s: { start: string; end: string } | null): string {
  return s ? `${ruDate(s.start)}–${ruDate(s.end)}` : '—';
}

function sectionTitle(s: { number: string | null; title: string }): string {
  return `${s.number ? `${s.number}. ` : ''}${s.title}`;
}
