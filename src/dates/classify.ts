// Decides the timeframe from the refined mentions: its kind, its periods in the order of the text, and how it repeats.
// A stated period always wins over a schedule or a request, which then go to `recurrence` (the dates README).
import type { Period, TimeframeKind } from '../model/timeframe.js';
import { addDays, addMonths, isYearInRange, isoYear } from './calendar.js';
import { fillFromDocDate, openEnd, planEnvelope, type Context } from './context.js';
import { diagnostics as diag, type TimeframeDiagnostic } from './diagnostics.js';
import type { GenericEndMention, Mention, RelativeMention, RuleMention, ScheduleMention } from './mention.js';
import type { ParseText } from './parse-text.js';
import { recurrenceWording } from './recurrence-wording.js';
import { scheduleWording } from './schedule-wording.js';
import { skippedWords } from './uncovered-words.js';
import { docPeriodUnit, finerPrecision, unitEnd, unitStart } from './unit.js';

export interface Reading {
  kind: TimeframeKind;
  periods: Period[];
  recurrence: string | null;
}

const SIGNIFICANT = /[\p{L}\p{N}]/u;

function relativeEnd(docDate: string, r: RelativeMention): string {
  if (r.unit === 'month') return addMonths(docDate, r.amount);
  return addDays(docDate, r.unit === 'week' ? r.amount * 7 : r.amount);
}

function genericRule(g: GenericEndMention): RuleMention {
  const noun = g.months === 1 ? 'month' : g.months === 3 ? 'quarter' : 'half-year';
  const implied = g.months === 1 ? 'monthly' : g.months === 3 ? 'quarterly' : 'twice a year (once per half-year)';
  return { type: 'rule', index: g.index, end: g.end, parser: g.parser, frequency: null, impliedFrequency: implied, detail: `${g.at ? 'at' : 'by'} the end of the ${noun}` };
}

function dedupe(periods: Period[]): Period[] {
  if (periods.length < 2) return periods;
  const seen = new Set<string>();
  const out: Period[] = [];
  for (const p of periods) {
    const key = `${p.start}|${p.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/** ISO day moved by whole years (29 February to the 28th in a common year). */
function shiftYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  let rest = iso.slice(4);
  if (rest === '-02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) rest = '-02-28';
  return `${String(y).padStart(4, '0')}${rest}`;
}

/**
 * «ежегодно, до 15 октября» in a plan over several years: the yearless occurrences recur in every year of
 * the plan, each kept when it falls inside the plan's period (MODEL.md: recurring).
 */
function everyPlanYear(found: Period[], ctx: Context): Period[] {
  if (!ctx.planStart || !ctx.planEnd) return found;
  const first = Number(ctx.planStart.slice(0, 4));
  const last = Number(ctx.planEnd.slice(0, 4));
  if (last <= first) return found;
  const base = Number(found[0]!.end.slice(0, 4));
  const out: Period[] = [];
  for (let y = first; y <= last; y++) {
    for (const p of found) {
      const shifted: Period = { start: p.start === null ? null : shiftYears(p.start, y - base), end: shiftYears(p.end, y - base), precision: p.precision };
      if (shifted.end < ctx.planStart || (shifted.start ?? shifted.end) > ctx.planEnd) continue;
      out.push(shifted);
    }
  }
  return out.length > 0 ? dedupe(out) : found;
}

export function classify(mentions: readonly Mention[], text: ParseText, ctx: Context, out: TimeframeDiagnostic[]): Reading {
  const shown = text.collapsed;
  const rules: RuleMention[] = [];
  let schedule: ScheduleMention | null = null;
  let request = false;
  let ongoing = false;
  let vague = false;
  let blank = false;
  // a deadline whose day is not known here: counted from an undated event, or from an act with no date
  let undatedDeadline = false;
  let unresolved = false;
  let thenFrom: number | null = null;
  const periods: Period[] = [];
  const hasRule = mentions.some((m) => m.type === 'rule' || (m.type === 'generic-end' && m.every));

  for (const m of mentions) {
    switch (m.type) {
      case 'when': {
        if (m.role === 'anchor') {
          vague = true;
          break;
        }
        if (m.first.year === null || m.last.year === null) {
          unresolved = true;
          break;
        }
        if (m.role === 'deadline') {
          periods.push({ start: null, end: unitEnd(m.last), precision: 'day' });
        } else if (m.open) {
          const start = unitStart(m.first);
          periods.push({ start, end: openEnd(ctx, start), precision: m.first.precision });
          if (m.then) thenFrom = m.first.sm;
        } else {
          const p: Period = { start: unitStart(m.first), end: unitEnd(m.last), precision: finerPrecision(m.first.precision, m.last.precision) };
          if (p.end < p.start!) out.push(diag.backwards(shown));
          periods.push(p);
        }
        break;
      }
      case 'relative':
        if (m.anchor === 'event') undatedDeadline = true;
        else if (!ctx.docDate) {
          undatedDeadline = true;
          out.push(diag.noReference(shown));
        } else {
          periods.push({ start: null, end: relativeEnd(ctx.docDate, m), precision: 'day' });
          if (m.workingDays) out.push(diag.workingDays(shown));
        }
        break;
      case 'generic-end':
        if (hasRule) rules.push(genericRule(m));
        else if (m.at) vague = true; // «в конце месяца» of no named month: which month is not said
        else {
          const u = docPeriodUnit(m.months);
          if (fillFromDocDate(ctx, u)) periods.push({ start: null, end: unitEnd(u), precision: 'day' });
          else {
            undatedDeadline = true;
            out.push(diag.noReference(shown));
          }
        }
        break;
      case 'rule':
        rules.push(m);
        break;
      case 'schedule':
        schedule ??= m;
        break;
      case 'request':
        request = true;
        break;
      case 'ongoing':
        ongoing = true;
        break;
      case 'vague':
        vague = true;
        break;
      case 'blank':
        blank = true;
        break;
      case 'invalid':
        out.push(diag.invalidDate(shown));
        break;
      case 'then':
      case 'time':
        break;
    }
  }
  if (unresolved) out.push(diag.yearUnknown(shown));

  // a year outside the range of dates (a typo, «0001», «9999») is no period: the cell keeps its text
  const outside = periods.flatMap((p) => [p.start, p.end]).map((d) => (d === null ? null : isoYear(d))).find((y) => y !== null && !isYearInRange(y));
  if (outside !== undefined && outside !== null) out.push(diag.yearOutOfRange(shown, outside));
  const found = dedupe(outside == null ? periods : periods.filter((p) => [p.start, p.end].every((d) => d === null || isYearInRange(isoYear(d)))));
  const scheduleText = (): string | null =>
    schedule ? scheduleWording(text.prepared.slice(schedule.index, schedule.end)) : null;
  const envelope = (): Period[] => {
    const e = planEnvelope(ctx);
    if (e) return [e];
    out.push(diag.yearUnknown(shown));
    return [];
  };

  let reading: Reading;
  if (rules.length > 0) {
    const yearly = rules.some((r) => (r.frequency ?? r.impliedFrequency) === 'yearly');
    const yearless = mentions.every((m) => m.type !== 'when' || (!m.first.stated && !m.last.stated));
    const ps = found.length > 0 ? (yearly && yearless ? everyPlanYear(found, ctx) : found) : envelope();
    // the wording names one year's occurrences, however many years the plan repeats them in
    reading = { kind: 'recurring', periods: ps, recurrence: recurrenceWording(rules, scheduleText(), thenFrom, found.length > 0 ? found : ps) };
  } else if (ongoing && !(found.length > 0 && found.every((p) => p.start === null))) {
    reading = {
      kind: 'ongoing',
      periods: found.length > 0 ? found : envelope(),
      recurrence: scheduleText() ?? (request ? 'on request' : null),
    };
  } else if (found.length > 0) {
    const one = found[0]!;
    const kind: TimeframeKind =
      found.length > 1 ? 'multi' : one.start === null ? 'deadline' : one.start === one.end ? 'date' : 'range';
    reading = { kind, periods: found, recurrence: scheduleText() ?? (request ? 'on request' : null) };
  } else if (schedule) {
    reading = { kind: 'per_schedule', periods: [], recurrence: null };
  } else if (undatedDeadline) {
    // MODEL.md: a deadline tied to an undated event names no day — never a guessed date
    reading = { kind: 'deadline', periods: [], recurrence: null };
  } else if (request) {
    reading = { kind: 'on_request', periods: [], recurrence: null };
  } else {
    if (vague) out.push(diag.vague(shown));
    else if (!blank && !unresolved && SIGNIFICANT.test(text.lower) && !out.some((d) => d.code === 'timeframe-invalid-date' || d.code === 'timeframe-year-out-of-range')) {
      out.push(diag.unreadable(shown));
    }
    return { kind: 'none', periods: [], recurrence: null };
  }

  const skipped = skippedWords(text.lower, mentions);
  if (skipped.length > 0) out.push(diag.partlyRead(shown, skipped));
  return reading;
}
