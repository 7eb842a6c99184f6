// What the .docx reader drops before mammoth parses document.xml, and what it must keep.
import { describe, expect, it } from 'vitest';
import { dropUnusedFormatting } from '../../src/readers/docx/unused-formatting.js';

describe('dropUnusedFormatting', () => {
  it.each([
    ['run sizes, fonts, language', '<w:r><w:rPr><w:rFonts w:ascii="Times"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="ru-RU"/></w:rPr><w:t>x</w:t></w:r>', '<w:r><w:t>x</w:t></w:r>'],
    ['cell width and borders', '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/><w:tcBorders><w:top w:val="single"/></w:tcBorders></w:tcPr><w:p/></w:tc>', '<w:tc><w:p/></w:tc>'],
    ['revision ids', '<w:p w:rsidR="00A1" w:rsidRDefault="00B2" w14:paraId="1A2B"><w:r><w:t>x</w:t></w:r></w:p>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>'],
    ['a paragraph mark emptied', '<w:p><w:pPr><w:spacing w:after="0"/><w:rPr><w:sz w:val="24"/></w:rPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>', '<w:p><w:r><w:t>x</w:t></w:r></w:p>'],
    ['tab stops, but not tabs', '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:tab/><w:t>x</w:t></w:r></w:p>', '<w:p><w:r><w:tab/><w:t>x</w:t></w:r></w:p>'],
    ['a self-closing container', '<w:tblPr><w:tblBorders/><w:tblStyle w:val="T"/></w:tblPr>', '<w:tblPr><w:tblStyle w:val="T"/></w:tblPr>'],
  ])('drops %s', (_, xml, want) => {
    expect(dropUnusedFormatting(xml)).toBe(want);
  });

  it('keeps what reaches the HTML: styles, marks, alignment, numbering, spans, merges, header rows, breaks', () => {
    const xml =
      '<w:tbl><w:tblPr><w:tblStyle w:val="T"/></w:tblPr><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:gridSpan w:val="2"/><w:vMerge w:val="restart"/></w:tcPr>' +
      '<w:p><w:pPr><w:pStyle w:val="H1"/><w:jc w:val="center"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>' +
      '<w:r><w:rPr><w:b/><w:i/><w:u w:val="single"/><w:strike/><w:vertAlign w:val="superscript"/></w:rPr><w:t>x</w:t><w:br/></w:r>' +
      '<w:hyperlink r:id="rId5"><w:r><w:t>y</w:t></w:r></w:hyperlink><w:bookmarkStart w:id="0" w:name="a"/></w:p></w:tc></w:tr></w:tbl>';
    expect(dropUnusedFormatting(xml)).toBe(xml);
  });

  it('tells w:w from w:wAfter and w:sz from w:szCs', () => {
    expect(dropUnusedFormatting('<w:trPr><w:wAfter w:w="5"/><w:w w:val="90"/></w:trPr>')).toBe('<w:trPr><w:wAfter w:w="5"/></w:trPr>');
  });
});
