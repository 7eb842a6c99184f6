// Runs the rules over one model and joins their findings with the parser's diagnostics: a parser
// diagnostic whose code a rule owns (meta.parserCode) is the same finding as that rule's on the same item
// or document part and is reported once, as the rule's — with the parser's line or page when the model
// records none (an appendix header has no place in the model). What no rule checks passes through as is.
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { RoadmapModel, Roadmap, Span } from '../model/roadmap.js';
import type { Finding } from './finding.js';
import { locate, type LocateContext } from './locate.js';
import { pathKey } from './path-key.js';
import { RULES } from './registry.js';
import { formatMessage, type PathSegment, type Rule } from './rule.js';
import { diagnosticMessage, type Lang } from '../messages/index.js';

export type RuleSetting = Severity | 'off';

export interface LintOptions extends Omit<LocateContext, 'model'> {
  /** Severity changes and rules turned off, by rule id or parser code. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** The day for the overdue rule (ISO); null or absent leaves it off. */
  asOf?: string | null;
  /** The plan year for roadmaps whose own period is unknown. */
  planYear?: number | null;
  /** The language of the messages (codes never change); English by default. */
  lang?: Lang;
  /** The rules to run (tests run one); all by default. */
  ruleSet?: readonly Rule[];
}

interface Raw {
  finding: Finding;
  segments: PathSegment[];
  /** A rule finding that has absorbed the parser's diagnostic of the same thing. */
  merged?: boolean;
}

export function lintModel(model: RoadmapModel, options: LintOptions): Finding[] {
  const settings = options.rules ?? {};
  const asOf = options.asOf ?? null;
  const ctx: LocateContext = { ...options, model };
  const planPeriod = (roadmap: Roadmap): Span | null => {
    if (roadmap.period) return roadmap.period;
    const y = options.planYear;
    return y == null ? null : { start: `${y}-01-01`, end: `${y}-12-31` };
  };

  const ruleRaws: Raw[] = [];
  const owners = new Map<string, { rule: Rule; setting: RuleSetting }>();
  for (const rule of options.ruleSet ?? RULES) {
    const setting = settings[rule.meta.id] ?? rule.meta.severity;
    if (rule.meta.parserCode) owners.set(rule.meta.parserCode, { rule, setting });
    if (setting === 'off' || (rule.meta.needsAsOf && asOf === null)) continue;
    rule.check(model, {
      asOf,
      planPeriod,
      report: (report) => {
        const segments = [...report.path];
        ruleRaws.push({
          segments,
          finding: { code: rule.meta.id, severity: setting, message: formatMessage(rule.meta, report, options.lang), path: pathKey(segments), origin: 'rule', location: locate(segments, ctx) },
        });
      },
    });
  }

  const parserRaws: Raw[] = [];
  model.diagnostics.forEach((d, i) => {
    const owner = owners.get(d.code);
    const setting: RuleSetting = owner ? owner.setting : (settings[d.code] ?? d.severity);
    if (setting === 'off') return;
    const match = owner ? matchRuleFinding(d, ruleRaws, owner.rule.meta.id) : undefined;
    if (match) {
      // one finding, the rule's, placed where the parser saw it when the model records no place
      match.merged = true;
      match.finding.location = locate(match.segments, ctx, d.at);
      return;
    }
    const segments: PathSegment[] = ['diagnostics', i];
    parserRaws.push({
      segments,
      finding: { code: d.code, severity: setting, message: diagnosticMessage(d.code, d.message, options.lang ?? 'en'), path: d.at.path ?? pathKey(segments), origin: 'parser', location: locate(segments, ctx) },
    });
  });

  return sortFindings([...ruleRaws, ...parserRaws].map((r) => r.finding));
}

/** The rule's finding on the same item (or the same document part) as the parser's diagnostic, not yet matched. */
function matchRuleFinding(d: Diagnostic, raws: Raw[], ruleId: string): Raw | undefined {
  return raws.find(
    (r) =>
      r.finding.code === ruleId &&
      !r.merged &&
      (r.finding.location.item ?? null) === (d.at.item ?? null) &&
      (r.finding.location.table === undefined || d.at.table === undefined || r.finding.location.table === d.at.table),
  );
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** In reading order: the file's own findings first, then by page, line, table, row; ties by severity and code. */
export function sortFindings(findings: Finding[]): Finding[] {
  const key = (f: Finding) => [f.location.page ?? 0, f.location.line ?? 0, f.location.column ?? 0, f.location.table ?? 0, f.location.row ?? 0];
  return findings
    .map((f, i) => ({ f, i, k: key(f) }))
    .sort((a, b) => {
      for (let n = 0; n < a.k.length; n++) if (a.k[n] !== b.k[n]) return a.k[n]! - b.k[n]!;
      return SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || (a.f.code < b.f.code ? -1 : a.f.code > b.f.code ? 1 : a.i - b.i);
    })
    .map((x) => x.f);
}
