// Bytes of a Russian text file -> text, with the encoding it was in. BOM first, then strict UTF-8
// (or UTF-8 with a few damaged sequences), else the single-byte Cyrillic code page whose decoding
// reads most like Russian.
import { isUtf8 } from 'node:buffer';
import { RoadmapError } from '../../errors.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** 0..1: how sure the choice among single-byte code pages is (1 for BOM and valid UTF-8). */
  confidence: number;
  /** Damaged UTF-8 sequences read as U+FFFD. */
  damaged?: number;
}

const SINGLE_BYTE = ['windows-1251', 'koi8-r', 'ibm866'] as const;

// Relative frequency (per mille) of lowercase Russian letters in ordinary prose.
const RU_FREQ: Record<string, number> = {
  о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, с: 55, р: 47, в: 45, л: 44, к: 35, м: 32, д: 30, п: 28,
  у: 26, я: 20, ы: 19, ь: 17, г: 17, з: 16, б: 16, ч: 14, й: 12, х: 10, ж: 9, ш: 7, ю: 6, ц: 5,
  щ: 4, э: 3, ф: 3, ъ: 1, ё: 1,
};

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const strict = utf8Strict(bytes.subarray(3));
    if (strict !== null) return checked(strict, 'utf-8', 1);
    return damagedUtf8(bytes.subarray(3), utf8Shape(bytes.subarray(3)));
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', 1);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', 1);
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) return checked(new TextDecoder(utf16).decode(bytes), utf16, 0.9);
  if (bytes.includes(0)) throw binary();

  const utf8 = utf8Strict(bytes);
  if (utf8 !== null) return checked(utf8, 'utf-8', 1);
  // UTF-8 with a few damaged sequences (a cut copy, one bad byte) is still UTF-8: a code page would
  // turn every letter of it into mojibake, where UTF-8 loses only the damaged letters
  const shape = utf8Shape(bytes);
  if (shape.valid >= 16 && shape.invalid * 20 <= shape.valid) return damagedUtf8(bytes, shape);

  let best: { encoding: (typeof SINGLE_BYTE)[number]; score: number } | null = null;
  let second = -Infinity;
  for (const encoding of SINGLE_BYTE) {
    const score = russianScore(bytes, byteTable(encoding));
    if (!best || score > best.score) {
      if (best) second = Math.max(second, best.score);
      best = { encoding, score };
    } else {
      second = Math.max(second, score);
    }
  }
  const b = best!;
  const confidence = b.score <= 0 ? 0 : Math.max(0, Math.min(1, (b.score - Math.max(second, 0)) / b.score));
  return checked(new TextDecoder(b.encoding).decode(bytes), b.encoding, Number(confidence.toFixed(2)));
}

function utf8Strict(bytes: Uint8Array): string | null {
  // validating first is much faster than a fatal TextDecoder on the common, valid case
  if (!isUtf8(bytes)) return null;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

interface Utf8Shape {
  /** Well-formed multi-byte sequences. */
  valid: number;
  /** Bytes that start no well-formed sequence. */
  invalid: number;
}

/** Counts over the first MiB: a single-byte Cyrillic text has about as many invalid bytes as letters. */
function utf8Shape(bytes: Uint8Array): Utf8Shape {
  const n = Math.min(bytes.length, 1 << 20);
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}

function damagedUtf8(bytes: Uint8Array, shape: Utf8Shape): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  let damaged = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) damaged++;
  const confidence = Number((shape.valid / (shape.valid + shape.invalid)).toFixed(2));
  return { ...checked(text, 'utf-8', confidence), damaged };
}

/** UTF-16 without a BOM shows as a zero byte in every other position for Latin and Cyrillic text. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Cyrillic in UTF-16 is 0x04xx: the high byte is 4, not 0; count it too.
  let evenFour = 0;
  let oddFour = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 4) evenFour++;
    if (bytes[i + 1] === 4) oddFour++;
  }
  if ((oddZero + oddFour) / pairs > 0.7 && evenZero / pairs < 0.05) return 'utf-16le';
  if ((evenZero + evenFour) / pairs > 0.7 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * Higher when the text reads like Russian: frequent letters, capitals where Russian puts them, no box
 * drawing, no letters of other Cyrillic alphabets. KOI8-R and CP1251 swap the cases, so a capitalised
 * word read in the wrong one of them comes out as «рТЙЛБЪ»: a reading with such words is case-swapped
 * and its capitals inside words count against it. A text all in capitals (an order typed with Caps
 * Lock) has no such words in either reading, and its letters are scored by frequency alone.
 */
function russianScore(bytes: Uint8Array, table: ByteTable): number {
  const n = Math.min(bytes.length, 200_000);
  let letters = 0; // frequency score of every letter, in either case
  let inside = 0; // frequency score of the capitals that follow a letter
  let insideCount = 0;
  let words = 0;
  let flips = 0; // words where a capital follows a small letter
  let other = 0;
  let prev = NONE;
  let flipped = false;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    const kind = table.kind[b]!;
    if (kind === RUSSIAN) {
      const w = table.weight[b]!;
      letters += w;
      const upper = table.upper[b] === 1;
      if (prev === NONE) words++;
      if (upper && prev !== NONE) {
        inside += w;
        insideCount++;
        if (prev === LOWER && !flipped) {
          flipped = true;
          flips++;
        }
      }
      prev = upper ? UPPER : LOWER;
    } else {
      other += table.penalty[b]!;
      prev = kind === OTHER_LETTER ? (table.upper[b] === 1 ? UPPER : LOWER) : NONE;
      if (kind !== OTHER_LETTER) flipped = false;
    }
  }
  // one «кВт» in a long text is not a swap of cases
  const swapped = flips > 0.01 * words;
  return (swapped ? letters - inside - insideCount : letters) + other;
}

const NONE = 0;
const LOWER = 1;
const UPPER = 2;
const RUSSIAN = 1;
const OTHER_LETTER = 2;
const NOT_LETTER = 0;

/** What each byte means in a code page, for scoring: precomputed once per code page. */
interface ByteTable {
  kind: Uint8Array;
  upper: Uint8Array;
  weight: Float64Array;
  penalty: Float64Array;
}

const TABLES = new Map<string, ByteTable>();

function byteTable(encoding: string): ByteTable {
  let t = TABLES.get(encoding);
  if (t) return t;
  const chars = new TextDecoder(encoding).decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  t = { kind: new Uint8Array(256), upper: new Uint8Array(256), weight: new Float64Array(256), penalty: new Float64Array(256) };
  for (let b = 0; b < 256; b++) {
    const ch = chars[b] ?? '';
    const lower = ch.toLowerCase();
    const f = RU_FREQ[lower];
    if (f !== undefined) {
      t.kind[b] = RUSSIAN;
      t.weight[b] = Math.log(1 + f);
      t.upper[b] = ch !== lower ? 1 : 0;
      continue;
    }
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x2500 && code <= 0x259f) t.penalty[b] = -4; // box drawing: CP866 misread
    else if (code >= 0x80 && code < 0x400) t.penalty[b] = -2;
    else if (code >= 0x400 && code < 0x460) t.penalty[b] = -2; // Ђ Љ Џ ђ љ џ …: CP866 capitals read as CP1251
    else if (NOT_RUSSIAN_PUNCTUATION.has(code)) t.penalty[b] = -2;
    if (/\p{L}/u.test(ch)) {
      t.kind[b] = OTHER_LETTER;
      t.upper[b] = /\p{Lu}/u.test(ch) ? 1 : 0;
    } else t.kind[b] = NOT_LETTER;
  }
  TABLES.set(encoding, t);
  return t;
}

/** ‚ † ‡ € ‰ ‹ › ™: what CP1251 makes of bytes that are letters in CP866; a Russian text has none. */
const NOT_RUSSIAN_PUNCTUATION = new Set([0x201a, 0x2020, 0x2021, 0x20ac, 0x2030, 0x2039, 0x203a, 0x2122]);

function checked(text: string, encoding: string, confidence: number): Decoded {
  if (looksBinary(text)) throw binary();
  return { text, encoding, confidence };
}

function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return control / n > 0.02;
}

function binary(): RoadmapError {
  return new RoadmapError('binary', 'the file is binary, not text (and not a .docx or .pdf)');
}
