// WordprocessingML that the reader never uses, dropped from document.xml before mammoth parses it:
// fonts, sizes, colours, spacing, indents, cell widths, borders, shading, revision ids, proofing
// marks. Writers repeat them on every run and cell, so they are most of a table's XML, and mammoth's
// XML parser holds every element in memory several times over; dropping them more than halves the
// markup of a LibreOffice or Word table and the time and memory to read it. None of them reaches
// mammoth's HTML (it reads font size, font name and indent into its document, but does not write
// them). What stays: styles, bold/italic/underline and the other run marks, alignment, numbering,
// cell spans and merges, header rows, breaks, tabs, links, notes.

/** Property elements dropped (all are empty elements: `<w:sz w:val="24"/>`). */
const EMPTY = [
  'szCs', 'sz', 'rFonts', 'lang', 'color', 'kern', 'spacing', 'ind', 'tcW', 'noProof', 'w', 'position', 'shd',
  'tblW', 'tblInd', 'tblLayout', 'tblLook', 'trHeight', 'cantSplit', 'vAlign', 'snapToGrid', 'widowControl',
  'autoSpaceDE', 'autoSpaceDN', 'adjustRightInd', 'contextualSpacing', 'keepNext', 'keepLines', 'proofErr',
  'lastRenderedPageBreak', 'bookmarkEnd', 'gridCol',
];
/** Containers dropped with their content (none nests in itself). */
const CONTAINERS = ['tcBorders', 'tblBorders', 'tblCellMar', 'tblGrid', 'tabs', 'pBdr'];

const UNUSED = new RegExp(
  `<w:(?:${[...EMPTY, ...CONTAINERS].join('|')})\\b[^<>]*/>|<w:(${CONTAINERS.join('|')})\\b[^<>]*(?<!/)>[^]*?</w:\\1>|\\s(?:w:rsid\\w*|w14:paraId|w14:textId)="[^"<>]*"`,
  'gu',
);
/** Property containers left empty by the above (a paragraph mark's empty run properties too). */
const EMPTIED = /<w:(rPr|pPr|tcPr|trPr)>(?:<w:rPr><\/w:rPr>|<w:rPr\/>)?<\/w:\1>|<w:(?:rPr|pPr|tcPr|trPr)\/>/gu;

export function dropUnusedFormatting(xml: string): string {
  return xml.replace(UNUSED, '').replace(EMPTIED, '');
}
