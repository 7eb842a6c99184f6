// A cell that ends by repeating its own last words («… Новости (dpo-smolensk.ru) школ» Новости
// (dpo-smolensk.ru)») holds a fragment an export printed twice across a page break.

const MIN_WORDS = 3;
const MIN_CHARS = 15;

/** The text without a repeated tail, and the tail dropped (or null). */
export function dropRepeatedTail(text: string): { text: string; dropped: string | null } {
  // the last word must occur earlier for any tail to repeat
  const lastSpace = text.lastIndexOf(' ');
  if (lastSpace < 0 || text.lastIndexOf(text.slice(lastSpace + 1), lastSpace - 1) < 0) return { text, dropped: null };
  const words = text.split(' ');
  const n = words.length;
  // the longest run of words T such that the text ends «… T T»: compare the two runs word by word
  for (let len = n >> 1; len >= MIN_WORDS; len--) {
    let same = true;
    for (let k = 1; k <= len && same; k++) same = words[n - k] === words[n - len - k];
    if (!same) continue;
    const tail = words.slice(n - len).join(' ');
    if (tail.length < MIN_CHARS) continue;
    return { text: words.slice(0, n - len).join(' '), dropped: tail };
  }
  return { text, dropped: null };
}
