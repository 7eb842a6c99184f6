// The diagnostics the parser records in a model, which `validate` passes through under their own codes.
// Listed so the config can turn them off or change their severity and the docs can name them; a code
// missing here still passes through, it just cannot be configured (a test parses the seeds and checks).
// Where a rule owns the same check (rule.meta.parserCode), the rule's finding replaces the parser's.

export const PARSER_CODES: Readonly<Record<string, string>> = {
  'appendix-date-mismatch': 'an appendix header cites another date than the act (owned by the rule of that id)',
  'appendix-number-mismatch': 'an appendix header cites another number than the act (owned by the rule of that id)',
  'cell-lines-merged': 'a .txt table with one cell per line: lines were merged into cells',
  'column-role-from-content': "a column's role was decided by its cells, its header naming none",
  'duplicate-fragment-dropped': 'text continued over a page break repeated text already in the table and was dropped',
  'encoding-uncertain': 'the text encoding of a .txt file was a guess',
  'fused-number-split': 'an item number fused with its text in one cell was split off',
  'header-repeat-dropped': "a table header repeated on a new page was dropped",
  'item-number-duplicate': 'an item number appears twice (owned by the rule of that id)',
  'item-number-gap': 'item numbers skip (owned by the rule of that id)',
  'nested-table-flattened': 'a table inside a table cell was flattened into text',
  'page-number-dropped': 'a page number line was dropped from the text',
  'page-unreadable': 'a PDF page could not be read',
  'page-without-text': 'a PDF page has no text layer',
  'phantom-columns-dropped': 'empty columns of a .txt table page were dropped',
  'rotated-text': 'a PDF page holds rotated text, read as best it could be',
  'row-continued': 'a table row continued over a page break was joined',
  'row-repaired': 'a damaged table row was repaired (cells moved into their columns)',
  'row-too-wide': 'a .txt table row has more cells than the header',
  'row-unplaced': 'cells of a damaged row were moved to the item they belong to: check them against the original',
  'table-row-padded': 'a table row with fewer cells than the header was padded',
  'timeframe-backwards': 'a timeframe reads as ending before it starts (owned by the rule of that id)',
  'timeframe-invalid-date': 'a timeframe names a day that is not in the calendar',
  'timeframe-no-reference': 'a timeframe counts from the act, whose date is unknown',
  'timeframe-partly-read': 'words of a timeframe were not read',
  'timeframe-unreadable': 'no timeframe could be read from the cell (owned by the rule of that id)',
  'timeframe-vague': 'a timeframe names no date',
  'timeframe-working-days': 'a timeframe counts working days; they were counted as calendar days',
  'timeframe-year-unknown': 'a timeframe gives no year and the context has none',
  'too-many-lines': 'a PDF page has more text lines than the reader takes',
};
