// Word edges for Cyrillic text: `\b` only knows ASCII letters, so edges are lookarounds on \p{L}\p{N} (flag `u`).

/** Not preceded by a letter or a digit. */
export const LEFT = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or a digit. */
export const RIGHT = '(?![\\p{L}\\p{N}])';
/** Not followed by a letter (a digit may follow, as in «Ноябрь2022»). */
export const NO_LETTER = '(?!\\p{L})';
