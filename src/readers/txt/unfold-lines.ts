// Text tables that legal databases and web indexes print in ways the line readers do not take as they
// are, brought to a form they do: a whole table flattened onto one line between |——| rules (rows back
// on lines of their own), one line per cell ending in « |» (each cell on one line, as a word
// processor's export has it), cells separated by blank lines (the blank separators dropped). Each
// output line remembers the source line it came from, so positions stay true.

export interface Unfolded {
  lines: string[];
  /** 0-based source line of each output line. */
  origin: number[];
}

/** A rule between rows: |——|———| (em dashes or hyphens). */
const RULE = /\|(?:[—–-]{3,}\|)+/gu;

/** A line holding a whole ruled table: split back into its rule and row lines. */
function unfoldOneLine(line: string): string[] | null {
  const rules = line.match(RULE);
  if (!rules || rules.length < 3) return null;
  const out: string[] = [];
  let rest = line;
  let k = 0;
  for (;;) {
    const m = /\|(?:[—–-]{3,}\|)+/u.exec(rest);
    if (!m) break;
    const before = rest.slice(0, m.index);
    out.push(...rowsOf(before, k));
    k = m[0].split('|').length - 2;
    // drawn as the +---+ rules the boxed-table reader knows
    out.push(m[0].replace(/[—–]/gu, '-').replace(/\|/gu, '+'));
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(...rowsOf(rest, k));
  return out.filter((l) => l.trim() !== '');
}

/**
 * «| a | b | | c | d |» between two rules: the physical rows of k cells, joined by a space. With the
 * cells of k columns and one empty token between rows they are cut by count (an empty cell may be
 * «| |» too, once spaces were collapsed); a run that does not fit is one row (a section across the table).
 */
function rowsOf(text: string, k: number): string[] {
  const t = text.trim();
  if (!t.startsWith('|') || !t.endsWith('|')) return t === '' ? [] : [t];
  const tokens = t.slice(1, -1).split('|');
  if (k >= 2 && (tokens.length + 1) % (k + 1) === 0) {
    const rows: string[] = [];
    for (let i = 0; i < tokens.length; i += k + 1) {
      if (i > 0 && tokens[i - 1]!.trim() !== '') return [t];
      rows.push('|' + tokens.slice(i, i + k).join('|') + '|');
    }
    return rows;
  }
  return [t];
}

const CELL_END = /\s\|\s*$|^\s*\|\s*$/u;
const ONE_PIPE = (l: string) => (l.match(/\|/gu)?.length ?? 0) === 1;

/** Lines from `start` on where cells end in « |»: enough of them, each with that one pipe. */
function pipeCellRun(lines: string[], start: number): number {
  let end = start;
  let cells = 0;
  let gap = 0;
  for (let i = start; i < lines.length; i++) {
    const l = lines[i]!;
    if (CELL_END.test(l) && ONE_PIPE(l)) {
      cells++;
      gap = 0;
      end = i + 1;
    } else if (l.includes('|') || ++gap > 6) break;
  }
  return cells >= 8 ? end : start;
}

/** Cells separated by one blank line, from a header line of «№»/«N п/п» on; null when the lines do not alternate so. */
function blankSeparatedRun(lines: string[], start: number): number | null {
  let i = start;
  let cells = 0;
  let singles = 0;
  let runs = 0;
  while (i < lines.length && lines[i]!.trim() !== '') {
    cells++;
    let blanks = 0;
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() === '') {
      blanks++;
      j++;
    }
    if (blanks === 0 || blanks > 3) {
      i = blanks === 0 ? j : i + 1;
      break;
    }
    runs++;
    if (blanks === 1) singles++;
    i = j;
  }
  return cells >= 12 && singles / Math.max(1, runs) >= 0.8 ? i : null;
}

export function unfoldLines(lines: string[]): Unfolded | null {
  const out: string[] = [];
  const origin: number[] = [];
  let changed = false;
  const push = (text: string, from: number) => {
    out.push(text);
    origin.push(from);
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    const flat = line.length > 200 ? unfoldOneLine(line) : null;
    if (flat) {
      for (const l of flat) push(l, i);
      changed = true;
      i++;
      continue;
    }
    if (CELL_END.test(line) && ONE_PIPE(line)) {
      const end = pipeCellRun(lines, i);
      if (end > i) {
        // each cell on one line: its lines up to the one ending in «|»
        let cell: string[] = [];
        let from = i;
        for (let j = i; j < end; j++) {
          const l = lines[j]!;
          if (cell.length === 0) from = j;
          if (CELL_END.test(l)) {
            cell.push(l.replace(/\|\s*$/u, '').trim());
            push(cell.filter((c) => c !== '').join(' '), from);
            cell = [];
          } else if (l.trim() !== '') cell.push(l.trim());
        }
        changed = true;
        i = end;
        continue;
      }
    }
    if (/^(?:№|N\s*п\/п|N\s*N)/u.test(line.trim()) && lines[i + 1]?.trim() === '') {
      const end = blankSeparatedRun(lines, i);
      if (end !== null) {
        for (let j = i; j < end; j++) {
          const l = lines[j]!;
          if (l.trim() !== '') push(l, j);
          // three blank lines where one separates cells: an empty cell between
          else if (lines[j - 1]?.trim() === '' && lines[j - 2]?.trim() !== '' && lines[j + 1]?.trim() === '') push('', j);
        }
        changed = true;
        i = end;
        continue;
      }
    }
    push(line, i);
    i++;
  }
  return changed ? { lines: out, origin } : null;
}
