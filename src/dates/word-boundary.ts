// Word edges for Cyrillic text: `\b` only knows ASCII letters, so an edge is a lookbehind on \p{L}\p{N} (flag `u`).
// Parsers end their words with `(?!\p{L})` themselves, since a digit may follow a word («Ноябрь2022»).

/** Not preceded by a letter or a digit. */
export const LEFT = '(?<![\\p{L}\\p{N}])';
