// Responsible parties counted as parties, not spellings: «Муниципальный координатор проекта»,
// «муниципальный координатор» and «муниципальный координатор проекта «500+»» are one party, and
// «Департамент» is «Департамент образования Орловской области (далее – Департамент)». Nothing is
// merged on a guess: distinct roles, plurals and named schools stay apart (see docs/report.md).
import { collapse, textKey } from '../normalize/text.js';
import type { PartyGroup } from './report-model.js';

/** «(далее – Департамент)», «(далее - МОУО)», «(далее по тексту – ОИРО)»: the short name a document defines. */
const DEFINED_AS = /\s*\(\s*далее(?:\s+по\s+тексту)?\s*[-–—:]?\s*([^()]+?)\s*\)/iu;

/** A project role followed by «проекта» (and the project's name) means the one project the plan is about. */
const PROJECT_ROLE = /^((?:.*\s)?(?:координатор|куратор|участник|участниц)\p{L}*)\s+проекта(?:\s+500\+)?$/u;

const QUOTES = /[«»„“”"'‘’]/gu;

/** The name without its «(далее – …)» clause, and the short name that clause defines. */
export function splitDefinition(name: string): { name: string; short: string | null } {
  const m = DEFINED_AS.exec(name);
  if (!m) return { name: collapse(name), short: null };
  return { name: collapse(name.slice(0, m.index) + name.slice(m.index + m[0].length)), short: collapse(m[1]!) };
}

/** The key spellings of one party share (without the document's own short names). */
export function partyKey(name: string): string {
  let key = textKey(splitDefinition(name).name).replace(QUOTES, '').replace(/[.,;:\s]+$/u, '');
  key = collapse(key);
  const role = PROJECT_ROLE.exec(key);
  if (role) key = role[1]!;
  return key;
}

/**
 * The party keys of one document: its «(далее – X)» clauses make X a name of the party defined,
 * so the keys are resolved per source (an «МОУО» in one district is not defined by another's order).
 */
export function documentPartyKeys(names: readonly string[]): (name: string) => string {
  const aliases = new Map<string, string>();
  for (const n of names) {
    const { short } = splitDefinition(n);
    if (short) aliases.set(partyKey(short), partyKey(n));
  }
  return (name) => {
    const key = partyKey(name);
    return aliases.get(key) ?? key;
  };
}

/** The groups, commonest first; each item counts once per party however many spellings it uses. */
export function groupParties(items: ReadonlyArray<{ source: string; parties: ReadonlyArray<{ name: string; key: string }> }>): PartyGroup[] {
  interface Acc {
    items: number;
    names: Map<string, number>;
    bySource: Map<string, number>;
    short: string | null;
    full: string | null;
  }
  const groups = new Map<string, Acc>();
  for (const item of items) {
    const seenKeys = new Set<string>();
    const seenNames = new Set<string>();
    for (const { name, key } of item.parties) {
      let g = groups.get(key);
      if (!g) {
        g = { items: 0, names: new Map(), bySource: new Map(), short: null, full: null };
        groups.set(key, g);
      }
      const def = splitDefinition(name);
      if (def.short && !g.short) {
        g.short = def.short;
        g.full = def.name;
      }
      if (!seenNames.has(name)) {
        seenNames.add(name);
        g.names.set(name, (g.names.get(name) ?? 0) + 1);
      }
      if (!seenKeys.has(key)) {
        seenKeys.add(key);
        g.items++;
        g.bySource.set(item.source, (g.bySource.get(item.source) ?? 0) + 1);
      }
    }
  }
  const out: PartyGroup[] = [];
  for (const [key, g] of groups) {
    const names = [...g.names].map(([name, n]) => ({ name, items: n }));
    // commonest spelling first; ties keep the order of first appearance
    const ordered = names.map((n, i) => ({ ...n, i })).sort((a, b) => b.items - a.items || a.i - b.i);
    const label = g.full && g.short ? `${upperFirst(g.full)} (${g.short})` : upperFirst(ordered[0]!.name);
    out.push({
      key,
      label,
      items: g.items,
      names: ordered.map(({ name, items }) => ({ name, items })),
      bySource: Object.fromEntries(g.bySource),
    });
  }
  return out.sort((a, b) => b.items - a.items || a.label.localeCompare(b.label, 'ru'));
}

function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);
}
