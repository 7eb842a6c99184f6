// OCR repair inside numbers: a Cyrillic or Latin «О» read for 0 and a Latin «l»/«I» or «|» read for 1
// («2О22», «0l.03.2022», «3I.12.2022»), changed only inside a run of digits and dots, never in a word.

// A run of digits, dots and the look-alikes, not touching a letter on either side.
const RUN = /(?<![\p{L}\p{N}])[0-9OoОоlI|]+(?:\.[0-9OoОоlI|]+)*(?![\p{L}\p{N}])/gu;
const LOOKALIKE = /[OoОоlI|]/;
// a look-alike touching a digit: the only case worth the full scan (Cyrillic «о» is in every other word)
const NEAR_DIGIT = /\d[.]?[OoОоlI|]|[OoОоlI|][.]?\d/;
const ZERO = /[OoОо]/g;
const ONE = /[lI|]/g;

export function repairOcrDigits(text: string): string {
  if (!NEAR_DIGIT.test(text)) return text;
  return text.replace(RUN, (run) => {
    // at least two real digits, so a lone «I» (a Roman numeral) or «о» (a preposition) stays a letter
    let digits = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits < 2 || !LOOKALIKE.test(run)) return run;
    return run.replace(ZERO, '0').replace(ONE, '1');
  });
}
