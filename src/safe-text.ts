// Text from documents and file names, made safe to show on a terminal. A document's words, a column
// header or a file name may hold control characters: ESC sequences that retitle or clear the terminal or
// hide what follows, CSI as the single C1 character U+009B, line breaks that forge a line of their own,
// bidirectional overrides that show «invoice‮txt.exe» as «invoiceexe.txt». Every human-readable output
// (validate's stylish and github, diff's text and markdown, report's markdown, HTML, CSV and ICS) passes
// its data through `shownData` before laying it out, so none of these reach the screen raw; they are
// written as escapes (\x1b, \n, \u202e). JSON and SARIF carry the text exactly, escaped by JSON itself.

/** C0 controls but the tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;
/** The same with the tab: for one line of stderr, where a tab could push text out of sight. */
const UNSAFE_WITH_TAB = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

function escape(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code === 10) return '\\n';
  if (code === 13) return '\\r';
  if (code === 9) return '\\t';
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One string as it may be shown: control characters (the tab aside) written as escapes, line breaks too. */
export function shownText(text: string, options: { tabs?: boolean } = {}): string {
  return text.replace(options.tabs ? UNSAFE_WITH_TAB : UNSAFE, escape);
}

/**
 * Data (a lint result, a diff, a report) with every string in it — values and keys of plain objects and
 * arrays — made shown text. Other objects (errors, dates) are kept as they are. Keys go into a map with
 * no prototype only where the data had one.
 */
export function shownData<T>(data: T): T {
  return walk(data) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === 'string') return shownText(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto !== Object.prototype && proto !== null) return value;
  const out = Object.create(proto) as Record<string, unknown>;
  for (const [k, v] of Object.entries(value)) {
    // own data properties, so a key named __proto__ stays a key
    Object.defineProperty(out, shownText(k), { value: walk(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
