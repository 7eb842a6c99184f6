// The diff as Markdown for a pull-request comment: the acts side by side, then per plan the changed
// items with their fields, and the added and removed items (folded away when the lists are long).
import type { DiffResult, FieldChange, ItemEntry, ItemRef, MatchedEntry, RoadmapDiff, WordOp } from '../diff-result.js';
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

/** Lists longer than this are folded into <details>. */
const FOLD = 10;

export function formatMarkdown(data: DiffResult): string {
  // printed to a terminal as often as pasted: control characters shown as escapes
  const result = shownData(data);
  const out: string[] = [];
  out.push('### roadmap diff', '');
  out.push('| | A | B |', '| --- | --- | --- |');
  out.push(`| файл | \`${code(result.a.path)}\` | \`${code(result.b.path)}\` |`);
  out.push(`| акт | ${esc(actLabel(result.a))} | ${esc(actLabel(result.b))} |`);
  out.push('');
  const only = onlyNote(result.only);
  if (only) out.push(`_${esc(only)}_`, '');
  out.push(result.same ? `**${SAME}**` : `**Итого:** ${esc(totalsLine(result.counts))}.`);

  if (result.requisites.length) {
    out.push('', '#### Реквизиты', '', '| | A | B |', '| --- | --- | --- |');
    for (const r of result.requisites) {
      out.push(`| ${REQUISITE_LABEL[r.field]} | ${esc(requisiteValue(r.field, r.a))} | ${esc(requisiteValue(r.field, r.b))} |`);
    }
  }
  for (const r of result.roadmaps) if (!roadmapSame(r)) out.push(...roadmap(r, result.roadmaps.length > 1));
  return out.join('\n') + '\n';
}

function roadmap(r: RoadmapDiff, multiple: boolean): string[] {
  const title = r.b?.title ?? r.a?.title ?? 'без названия';
  const lines: string[] = [''];
  const where = !r.a ? ' (только в B)' : !r.b ? ' (только в A)' : '';
  lines.push(`#### План «${esc(title)}»${where}`);
  const facts: string[] = [];
  if (r.title) facts.push(`название: ${words(wordDiff(r.title.a, r.title.b))}`);
  if (r.period) facts.push(`период: ${span(r.period.a)} → ${span(r.period.b)}`);
  for (const c of r.columns.added) facts.push(`колонка добавлена: ${esc(columnLabel(c))}`);
  for (const c of r.columns.removed) facts.push(`колонка удалена: ${esc(columnLabel(c))}`);
  for (const c of r.columns.renamed) facts.push(`колонка ${esc(columnLabel(c.a))} теперь «${esc(c.b.header)}»`);
  const note = r.a && r.b ? numberingNote(r) : null;
  if (note) facts.push(`_${esc(note)}_`);
  if (multiple) facts.push(esc(totalsLine(r.counts)));
  if (facts.length) lines.push('', ...facts.map((f) => `- ${f}`));

  if (r.sections.length) {
    lines.push('', '**Разделы**', '');
    for (const s of r.sections) {
      if (s.change === 'added') lines.push(`- добавлен: ${esc(sectionTitle(s.b))}`);
      else if (s.change === 'removed') lines.push(`- удалён: ${esc(sectionTitle(s.a))}`);
      else {
        const what = [s.renamed ? 'переименован' : '', s.renumbered ? 'перенумерован' : '', s.reordered ? 'перемещён' : ''].filter(Boolean);
        lines.push(`- ${what.join(', ')}: ${esc(sectionTitle(s.a))} → ${esc(sectionTitle(s.b))}`);
      }
    }
  }

  const matched = r.items.filter((e): e is MatchedEntry => e.change === 'matched');
  const byIndex = (x: ItemRef, y: ItemRef) => x.index - y.index;
  const added = r.items.filter((e): e is Extract<ItemEntry, { change: 'added' }> => e.change === 'added').map((e) => e.b).sort(byIndex);
  const removed = r.items.filter((e): e is Extract<ItemEntry, { change: 'removed' }> => e.change === 'removed').map((e) => e.a).sort(byIndex);
  if (matched.length) {
    lines.push('', `**Изменённые и перемещённые пункты (${matched.length})**`, '');
    for (const e of matched) lines.push(...changedItem(e));
  }
  lines.push(...list(`Добавленные пункты (${added.length})`, added.map((ref) => itemLine(ref))));
  lines.push(...list(`Удалённые пункты (${removed.length})`, removed.map((ref) => itemLine(ref))));

  if (r.report) {
    const rep = r.report;
    lines.push('', `**План и отчёт**${rep.column ? ` (колонка «${esc(rep.column)}»)` : ''}: запланировано ${rep.planned}, с отметкой ${rep.reported}, из них выполнено ${rep.done}`);
    lines.push(...list(`Без отметки о выполнении или не выполнено (${rep.gaps.length})`, rep.gaps.map((g) => `${itemLine(g.plan)} — ${esc(gapPhrase(g))}`)));
  }
  return lines;
}

function changedItem(e: MatchedEntry): string[] {
  const sim = e.similarity < 1 ? ` _(сходство ${Math.round(e.similarity * 100)}%)_` : '';
  const lines = [`- **${esc(numberLabel(e.a, e.b))}** ${esc(activityLabel(e.b))}${sim}`];
  if (e.moved) lines.push(`  - ${esc(movePhrase(e.moved, e.a, e.b))}`);
  for (const f of e.fields) lines.push(`  - ${field(f)}`);
  return lines;
}

function field(f: FieldChange): string {
  switch (f.field) {
    case 'timeframe': {
      const [a, b] = timeframeSides(f.a, f.b, wordingKey(f.a.text) === wordingKey(f.b.text));
      const shift = shiftPhrase(f.shift);
      return `${FIELD_LABEL.timeframe}: ${esc(a)} → ${esc(b)}${shift ? `; **${shift}**` : ''}`;
    }
    case 'responsible':
    case 'links': {
      const show = f.field === 'links' ? (s: string) => `<${s.replace(/[<>\s]/gu, encodeURIComponent)}>` : esc;
      const parts: string[] = [];
      if (f.added.length) parts.push(`добавлены ${f.added.map((s) => `<ins>${show(s)}</ins>`).join(', ')}`);
      if (f.removed.length) parts.push(`убраны ${f.removed.map((s) => `<del>${show(s)}</del>`).join(', ')}`);
      return `${FIELD_LABEL[f.field]}: ${parts.join('; ')}`;
    }
    case 'extra':
      return `${FIELD_LABEL.extra} «${esc(f.key)}»: ${esc(f.a ?? '—')} → ${esc(f.b ?? '—')}`;
    default:
      return `${FIELD_LABEL[f.field]}: ${words(f.words)}`;
  }
}

function itemLine(ref: ItemRef): string {
  return `**${esc(numberLabel(ref, null))}** ${esc(activityLabel(ref))}`;
}

function list(title: string, entries: string[]): string[] {
  if (entries.length === 0) return [];
  const body = entries.map((e) => `- ${e}`);
  if (entries.length <= FOLD) return ['', `**${title}**`, '', ...body];
  return ['', `<details><summary><b>${title}</b></summary>`, '', ...body, '', '</details>'];
}

function words(ops: readonly WordOp[]): string {
  return ops
    .map((o) => {
      const lead = /^\s*/u.exec(o.text)![0];
      const body = esc(o.text.slice(lead.length));
      if (o.op === 'equal' || body === '') return lead + body;
      // HTML tags, not ~~ and **: those do not open before punctuation that follows a letter
      return lead + (o.op === 'delete' ? `<del>${body}</del>` : `<ins>${body}</ins>`);
    })
    .join('')
    .trim();
}

/** Markdown's special characters escaped, so a cell's text stays text. */
function esc(s: string): string {
  return s.replace(/[\\`*_~[\]<>|#]/gu, '\\$&').replace(/\s+/gu, ' ');
}

function code(s: string): string {
  return s.replace(/`/gu, "'");
}

function span(s: { start: string; end: string } | null): string {
  return s ? `${ruDate(s.start)}–${ruDate(s.end)}` : '—';
}

function sectionTitle(s: { number: string | null; title: string }): string {
  return `${s.number ? `${s.number}. ` : ''}${s.title}`;
}
