// The iCalendar output read back by a real parser (ical.js): it parses, every event has what RFC 5545
// requires, repeats expand to the days the plan names, text survives escaping and folding, UIDs hold.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/api.js';
import { contentLines, escapeText, foldLine } from '../../src/report/ics/content-lines.js';
import { repeatRule } from '../../src/report/ics/rrule.js';
import { buildReport, formatReport, type Report } from '../../src/report/index.js';
import { ORDERS } from '../helpers/fixtures.js';
import { EDGE, SEEDS, STAMP, reportOf } from './golden-cases.js';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  rrule: string | null;
  occurrences: string[];
}

/** Parse with ical.js and check what every VEVENT must carry; return the events. */
function parseCalendar(text: string): ParsedEvent[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  expect(cal.name).toBe('vcalendar');
  expect(cal.getFirstPropertyValue('version')).toBe('2.0');
  expect(cal.getFirstPropertyValue('prodid')).toBeTruthy();
  return cal.getAllSubcomponents('vevent').map((v) => {
    for (const prop of ['dtstart', 'uid', 'dtstamp']) expect(v.hasProperty(prop), `VEVENT without ${prop}`).toBe(true);
    const event = new ICAL.Event(v);
    const recur = v.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    const occurrences: string[] = [];
    if (recur) {
      const it = event.iterator();
      for (let next = it.next(); next && occurrences.length < 400; next = it.next()) occurrences.push(next.toString());
    }
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      rrule: recur ? recur.toString() : null,
      occurrences,
    };
  });
}

const calendar = (r: Report) => formatReport(r, 'ics', { stamp: STAMP });

describe('the calendar parses and validates', () => {
  it.each([...SEEDS, EDGE].map((f) => [f.split('/').pop()!, f]))('%s', async (_name, file) => {
    const report = await reportOf([file], null);
    const text = calendar(report);
    const events = parseCalendar(text);
    expect(events.length).toBeGreaterThan(0);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    for (const e of events) {
      expect(e.end > e.start, `${e.uid}: DTEND after DTSTART`).toBe(true);
      if (e.rrule) {
        expect(ICAL.Recur.fromString(e.rrule).freq).toMatch(/^(DAILY|WEEKLY|MONTHLY|YEARLY)$/u);
        expect(e.occurrences[0]).toBe(e.start);
        const until = /UNTIL=(\d{4})(\d{2})(\d{2})/u.exec(e.rrule)!;
        expect(e.occurrences.every((d) => d <= `${until[1]}-${until[2]}-${until[3]}`)).toBe(true);
      }
    }
    // every dated item has an event, and an item without dates has none
    const dated = report.items.filter((i) => i.timeframe.periods.length > 0);
    const summaries = new Set(events.map((e) => e.summary.replace(/^Срок: /u, '')));
    for (const i of dated) expect(summaries.has(`${i.number ?? `строка ${i.at?.row}`}. ${i.activity}`), `${i.number}`).toBe(true);
    expect(summaries.size).toBe(dated.length);
  });

  it('the whole file is CRLF lines of at most 75 octets, and unfolds to the logical lines', async () => {
    const text = calendar(await reportOf(SEEDS, '2022-06-15'));
    expect(text.endsWith('\r\n')).toBe(true);
    const physical = text.slice(0, -2).split('\r\n');
    expect(physical.every((l) => !l.includes('\n') && !l.includes('\r'))).toBe(true);
    expect(Math.max(...physical.map((l) => Buffer.byteLength(l, 'utf8')))).toBeLessThanOrEqual(75);
    // folding never splits a UTF-8 character: each physical line decodes by itself
    expect(physical.every((l) => !l.includes('\uFFFD'))).toBe(true);
    const logical = text.replace(/\r\n[ \t]/gu, '').split('\r\n');
    expect(logical.filter((l) => l.startsWith('BEGIN:VEVENT')).length).toBe(logical.filter((l) => l.startsWith('END:VEVENT')).length);
  });
});

describe('events say what the plan says', () => {
  it('repeats expand to the days named: 2nd and 4th Monday from March 2022 (001, item 13)', async () => {
    const events = parseCalendar(calendar(await reportOf([SEEDS[1]!], null)));
    const e = events.find((x) => x.summary.startsWith('13. '))!;
    expect(e.rrule).toBe('FREQ=MONTHLY;BYDAY=2MO,4MO;UNTIL=20221231');
    expect(e.occurrences.slice(0, 6)).toEqual(['2022-03-14', '2022-03-28', '2022-04-11', '2022-04-25', '2022-05-09', '2022-05-23']);
    expect(e.occurrences).toHaveLength(20);
    const quarterly = events.find((x) => x.summary.startsWith('8. '))!;
    expect(quarterly.occurrences).toEqual(['2022-04-01', '2022-07-01', '2022-10-01']);
    expect(quarterly.description).toContain('Дни повторения в плане не названы');
  });

  it('edge cases: last Friday, Fridays from September, the 20th; «twice a month» is a plain span', async () => {
    const events = parseCalendar(calendar(await reportOf([EDGE], null)));
    const by = (n: string) => events.filter((x) => x.summary.replace(/^Срок: /u, '').startsWith(`${n}. `));
    expect(by('2.2')[0]!.occurrences.slice(0, 3)).toEqual(['2023-01-27', '2023-02-24', '2023-03-31']);
    expect(by('2.1')[0]!.occurrences.slice(0, 3)).toEqual(['2023-09-01', '2023-09-08', '2023-09-15']);
    expect(by('1.3')[0]!.occurrences.slice(0, 2)).toEqual(['2023-01-20', '2023-02-20']);
    expect(by('2.7')[0]).toMatchObject({ rrule: null, start: '2023-01-01', end: '2024-01-01' });
    // a deadline is an event on its day; an item with two periods has two events
    expect(by('1.2')[0]).toMatchObject({ start: '2023-03-01', end: '2023-03-02' });
    expect(by('1.2')[0]!.summary.startsWith('Срок: ')).toBe(true);
    expect(by('2.3').map((e) => e.start)).toEqual(['2023-03-01', '2023-10-01']);
  });

  it('text survives escaping and folding: commas, semicolons, quotes, «|», Cyrillic', async () => {
    const report = await reportOf([EDGE], null);
    const events = parseCalendar(calendar(report));
    for (const item of report.items.filter((i) => i.timeframe.periods.length > 0)) {
      const e = events.find((x) => x.summary.endsWith(`${item.number}. ${item.activity}`));
      expect(e, item.activity ?? '').toBeDefined();
      expect(e!.description).toContain(`Сроки: ${item.timeframe.text}`);
    }
  });
});

describe('UIDs', () => {
  it('are the same from the .txt and from the model JSON, and from run to run', async () => {
    const fromJson = calendar(await reportOf([`${ORDERS}001_905b539a19fec123.expected.json`], null));
    const model = await parseFile(`${ORDERS}001_905b539a19fec123.txt`);
    const fromTxt = calendar(buildReport([{ label: 'other-name.txt', model }]));
    const uids = (t: string) => parseCalendar(t).map((e) => e.uid);
    expect(uids(fromTxt)).toEqual(uids(fromJson));
    expect(uids(calendar(await reportOf([`${ORDERS}001_905b539a19fec123.expected.json`], null)))).toEqual(uids(fromJson));
  });

  it('differ between documents', async () => {
    const a = parseCalendar(calendar(await reportOf([SEEDS[2]!], null))).map((e) => e.uid);
    const b = parseCalendar(calendar(await reportOf([SEEDS[3]!], null))).map((e) => e.uid);
    expect(a.filter((u) => b.includes(u))).toEqual([]);
  });
});

describe('content lines', () => {
  it('escape backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('fold at 75 octets without splitting a two-byte letter', () => {
    // 8 octets of «SUMMARY:» + 33 letters = 74 (a 34th would make 76); then a space + 37 letters; the last 30
    const line = `SUMMARY:${'ж'.repeat(100)}`;
    const folded = foldLine(line);
    expect(folded.map((l) => Buffer.byteLength(l))).toEqual([74, 75, 61]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(contentLines(['A', 'B'])).toBe('A\r\nB\r\n');
  });
});

describe('recurrence wording as RRULE', () => {
  it.each([
    ['weekly', '2022-01-01', 'FREQ=WEEKLY', '2022-01-01', false],
    ['weekly, Monday and Wednesday', '2022-01-01', 'FREQ=WEEKLY;BYDAY=MO,WE', '2022-01-03', true],
    ['monthly, on the 5th', '2022-01-10', 'FREQ=MONTHLY;BYMONTHDAY=5', '2022-02-05', true],
    ['quarterly (per IRO schedule)', '2022-01-01', 'FREQ=MONTHLY;INTERVAL=3', '2022-01-01', false],
    ['twice a year (once per half-year)', '2022-01-01', 'FREQ=MONTHLY;INTERVAL=6', '2022-01-01', false],
    ['every 2 weeks', '2022-01-01', 'FREQ=WEEKLY;INTERVAL=2', '2022-01-01', false],
    ['monthly from September', '2022-09-01', 'FREQ=MONTHLY', '2022-09-01', false],
    ['last Friday of each month', '2022-01-01', 'FREQ=MONTHLY;BYDAY=-1FR', '2022-01-28', true],
  ])('%s from %s -> %s first on %s', (wording, start, rule, first, dayStated) => {
    expect(repeatRule(wording, start, '2022-12-31')).toEqual({ rule, first, dayStated });
  });

  it.each(['twice a month', 'at least once a quarter', 'regularly', 'once a school term', 'monthly, by the 10th of the following month', 'per schedule'])(
    '«%s» states no exact rule',
    (wording) => {
      expect(repeatRule(wording, '2022-01-01', '2022-12-31')).toBeNull();
    },
  );
});
