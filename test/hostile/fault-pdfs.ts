// PDFs for the fault catalogue (issue 18, points 6 and 7): what costs pdf.js minutes or kills its
// process when nothing is counted before it reads — an image bomb, forms drawing each other twice over,
// graphics-state nesting spread over a page's streams or written in hex, and a page tree whose /Count lies.
import { buildPdf, type PdfObject } from './pdf-writer.js';

const CATALOG = '<< /Type /Catalog /Pages 2 0 R >>';
const PAGE = (resources: string, contents: string) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << ${resources} >> /Contents ${contents} >>`;

/** A page drawing a 60,000 × 60,000 bilevel JBIG2 image (3.6 gigapixels) from a few bytes. */
export function jbig2BombPdf(): Uint8Array {
  return buildPdf(
    [
      CATALOG,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      PAGE('/XObject << /Im1 5 0 R >>', '4 0 R'),
      { dict: '<< >>', stream: 'q 595 0 0 842 0 0 cm /Im1 Do Q' },
      { dict: '<< /Type /XObject /Subtype /Image /Width 60000 /Height 60000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode >>', stream: Buffer.alloc(64, 0xaa) },
    ],
    { trailer: '/Root 1 0 R' },
  );
}

/** Forms 1…depth, each drawing the next twice: 2^depth drawings of the last. */
export function formBombPdf(depth = 40): Uint8Array {
  const first = 5;
  const forms: PdfObject[] = Array.from({ length: depth }, (_, i) => {
    const next = i + 1 < depth ? `/Resources << /XObject << /X ${first + i + 1} 0 R >> >>` : '';
    return { dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] ${next} >>`, stream: i + 1 < depth ? 'q /X Do Q q /X Do Q' : '0 0 1 1 re f' };
  });
  return buildPdf(
    [CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE(`/XObject << /X ${first} 0 R >>`, '4 0 R'), { dict: '<< >>', stream: '/X Do' }, ...forms],
    { trailer: '/Root 1 0 R' },
  );
}

/** One page whose content is `streams` streams, each opening `each` graphics states the next goes on from. */
export function splitNestingPdf(streams = 250, each = 400): Uint8Array {
  const refs = Array.from({ length: streams }, (_, i) => `${4 + i} 0 R`).join(' ');
  return buildPdf(
    [CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE('', `[${refs}]`), ...Array.from({ length: streams }, () => ({ dict: '<< >>', stream: 'q '.repeat(each) }))],
    { trailer: '/Root 1 0 R' },
  );
}

/** A page whose content saves the graphics state 100,000 deep, written in hex (ASCIIHexDecode). */
export function hexNestingPdf(depth = 100_000): Uint8Array {
  const hex = Buffer.from('q '.repeat(depth) + ' Q'.repeat(depth), 'latin1').toString('hex') + '>';
  return buildPdf(
    [CATALOG, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', PAGE('', '4 0 R'), { dict: '<< /Filter /ASCIIHexDecode >>', stream: hex }],
    { trailer: '/Root 1 0 R' },
  );
}

/** A page tree of `pages` pages whose root says /Count 1. */
export function lyingCountTreePdf(pages = 100_000): Uint8Array {
  const first = 4;
  const kids = Array.from({ length: pages }, (_, i) => `${first + i} 0 R`).join(' ');
  return buildPdf(
    [
      CATALOG,
      `<< /Type /Pages /Kids [${kids}] /Count 1 >>`,
      { dict: '<< >>', stream: '0 0 1 1 re f' },
      ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>'),
    ],
    { trailer: '/Root 1 0 R' },
  );
}
