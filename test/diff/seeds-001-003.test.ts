// Seeds 001 (Smolensk) and 003 (Oryol): two regional plans of the same federal project «500+». Their
// numbering means nothing across them; only the few activities both plans really share are matched.
import { describe, expect, it } from 'vitest';
import { diffModels } from '../../src/diff/index.js';
import { S001, S003, model } from './pairs.js';

describe('001 vs 003', () => {
  const d = diffModels(model(S001), model(S003));
  const r = d.roadmaps[0]!;
  const pairs = r.items.flatMap((e) => (e.change === 'matched' ? [`${e.a.number}↔${e.b.number}`] : []));

  it('the acts differ in issuer, date, number, place and title, not in type (both are orders)', () => {
    expect(d.requisites.map((q) => q.field)).toEqual(['issuer', 'date', 'number', 'place', 'title']);
  });

  it('numbering is not trusted: item 1 of one plan is not item 1 of the other', () => {
    expect(r.numbering).toBe('unstable');
    expect(pairs).not.toContain('1↔1');
  });

  it('matches the activities both plans hold, and only such', () => {
    // read in the two plans: the questionnaire of the selected schools for the risk profile (1/6), the
    // opening seminar-webinar (3/18), the placing of conceptual documents and anti-risk programmes (6/11)
    expect(pairs).toEqual(expect.arrayContaining(['1↔6', '3↔18', '6↔11']));
    // arguable, but the same kind of activity: confirming documents (8/12), weekly experience-sharing webinars (7/27, 7/22)
    const plausible = ['1↔6', '3↔18', '6↔11', '8↔12', '7↔27', '7↔22'];
    for (const p of pairs) expect(plausible).toContain(p);
  });

  it('reports the opening seminar moved from 10.02 to 18.02: +8 days', () => {
    const e = r.items.find((x) => x.change === 'matched' && x.a.number === '3');
    const tf = e?.change === 'matched' ? e.fields.find((f) => f.field === 'timeframe') : undefined;
    expect(tf).toMatchObject({ field: 'timeframe', shift: { start: 8, end: 8 } });
  });

  it('all six sections of 001 are gone (003 has none); every other item is added or removed', () => {
    expect(r.sections.map((s) => s.change)).toEqual(Array(6).fill('removed'));
    expect(r.counts.added).toBe(32 - pairs.length);
    expect(r.counts.removed).toBe(58 - pairs.length);
  });
});
