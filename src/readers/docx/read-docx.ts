// The .docx reader: the archive is checked against the limits, mammoth renders the checked parts
// (checked-parts.ts) to HTML (keeping bold, underline, tables with header rows and merged cells,
// and <br> line breaks), and the HTML path builds the document model from that.
import mammoth from 'mammoth';
import type { DocModel } from '../../document/model.js';
import { RoadmapError } from '../../errors.js';
import type { ReaderOptions } from '../index.js';
import { htmlToBlocks } from '../html/read-html.js';
import { checkedParts } from './checked-parts.js';
import { ALIGNMENT_STYLE_MAP, markAlignment } from './paragraph-alignment.js';
import { checkDocxArchive } from './zip-guard.js';

const STYLE_MAP = ['u => u', 'b => strong', ...ALIGNMENT_STYLE_MAP];

// Images are never read: their bytes would only be base64-encoded into HTML we throw away.
const NO_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function readDocx(bytes: Uint8Array, opts: ReaderOptions): Promise<DocModel> {
  const archive = checkDocxArchive(bytes, opts.limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      // mammoth's typings name only path, buffer and arrayBuffer; its openZip takes a ready file too
      { file: checkedParts(bytes, archive, opts.limits) } as unknown as { buffer: Buffer },
      {
        styleMap: STYLE_MAP,
        includeDefaultStyleMap: true,
        // a style map embedded in the file would let the document rewrite its own reading
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: NO_IMAGES,
        transformDocument: markAlignment,
      },
    );
    html = result.value;
  } catch (e) {
    // the archive check bounds nesting, so a RangeError is most likely memory; say which it was
    if (e instanceof RangeError && /call stack/iu.test(e.message)) {
      throw new RoadmapError('too-large', 'the document is nested too deeply for the XML parser\'s stack (--max-xml-depth was raised past what it can read)', { cause: e });
    }
    if (e instanceof RangeError) {
      throw new RoadmapError('too-large', `the document needs more memory than allowed (${e.message}; raise it with --max-memory)`, { cause: e });
    }
    throw new RoadmapError('corrupt', `the .docx could not be read: ${(e as Error).message ?? String(e)}`, { cause: e });
  }
  const { blocks, notes } = htmlToBlocks(html, { keepTabs: true, maxDepth: opts.limits.maxXmlDepth });
  return { format: 'docx', blocks, notes, encoding: null, pages: null };
}
