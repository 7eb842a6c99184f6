// Russian weekday names in the cases a schedule uses («по пятницам», «каждую среду», «2-й понедельник»).

const STEMS: ReadonlyArray<[RegExp, number]> = [
  [/^понедельн/, 1],
  [/^вторн/, 2],
  [/^сред/, 3],
  [/^четверг/, 4],
  [/^пятниц/, 5],
  [/^суббот/, 6],
  [/^воскресен/, 7],
];

/** A weekday word in any case, singular or plural. */
export const WEEKDAY_PATTERN =
  '(?:понедельник\\p{L}*|вторник\\p{L}*|сред(?:ам|ами|ах|а|е|у|ы)|четверг\\p{L}*|пятниц\\p{L}*|суббот\\p{L}*|воскресен\\p{L}*)(?!\\p{L})';

/** The weekday (1 = Monday … 7 = Sunday) a Russian weekday word names; 0 if none. */
export function weekdayOf(word: string): number {
  for (const [stem, n] of STEMS) if (stem.test(word)) return n;
  return 0;
}
