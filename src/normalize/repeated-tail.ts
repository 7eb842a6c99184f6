// A cell that ends by repeating its own last words («… Новости (dpo-smolensk.ru) школ» Новости
// (dpo-smolensk.ru)») holds a fragment an export printed twice across a page break.

const MIN_WORDS = 3;
const MIN_CHARS = 15;

/** The text without a repeated tail, and the tail dropped (or null). */
export function dropRepeatedTail(text: string): { text: string; dropped: string | null } {
  const words = text.split(' ');
  // the longest tail T such that the text is «… T T'» where T' (the repeat) is a suffix of what precedes it
  for (let len = Math.floor(words.length / 2); len >= MIN_WORDS; len--) {
    const tail = words.slice(words.length - len).join(' ');
    const before = words.slice(0, words.length - len).join(' ');
    if (tail.length >= MIN_CHARS && before.endsWith(tail) && (before.length === tail.length || before[before.length - tail.length - 1] === ' ' || /^\P{L}/u.test(tail))) {
      return { text: before, dropped: tail };
    }
  }
  return { text, dropped: null };
}
