// The HTML reader: an .html file (a site's page, a Word or mammoth export) or mammoth's rendering of
// a .docx -> the common document model. Only text reaches the model: no links, images or scripts.
import { load } from 'cheerio/slim';
import type { Block, DocModel, ReaderNote } from '../../document/model.js';
import { RoadmapError } from '../../errors.js';
import type { ReaderOptions } from '../index.js';
import { BlockWalker } from './dom-blocks.js';
import type { HtmlNode } from './dom-node.js';
import { decodeHtml } from './html-charset.js';
import { DepthError } from './inline-text.js';

export interface HtmlBlocks {
  blocks: Block[];
  notes: ReaderNote[];
}

export function readHtml(html: string, opts: ReaderOptions): DocModel {
  const { blocks, notes } = htmlToBlocks(html, { keepTabs: false, maxDepth: opts.limits.maxXmlDepth });
  return { format: 'html', blocks, notes, encoding: null, pages: null };
}

export function readHtmlBytes(bytes: Uint8Array, opts: ReaderOptions): DocModel {
  const { text, encoding } = decodeHtml(bytes);
  const model = readHtml(text, opts);
  model.encoding = encoding;
  return model;
}

/** HTML -> blocks; `keepTabs` for mammoth's output, where a tab is a w:tab of the document. */
export function htmlToBlocks(html: string, opts: { keepTabs: boolean; maxDepth: number }): HtmlBlocks {
  const $ = load(html);
  const root = $.root()[0] as unknown as HtmlNode;
  const walker = new BlockWalker(opts);
  try {
    const blocks = walker.blocksOf(bodyOf(root));
    return { blocks, notes: walker.notes };
  } catch (e) {
    if (e instanceof DepthError || e instanceof RangeError) {
      throw new RoadmapError(
        'too-large',
        `the markup is nested deeper than ${opts.maxDepth} levels (maxXmlDepth; raise it with --max-xml-depth)`,
        { cause: e },
      );
    }
    throw e;
  }
}

/** The <body> if the document has one (so <head> content is never read), else the whole tree. */
function bodyOf(root: HtmlNode): HtmlNode {
  const stack: HtmlNode[] = [root];
  // breadth-limited search: <body> sits at most two levels down (root > html > body)
  for (let level = 0; level < 3 && stack.length; level++) {
    const next: HtmlNode[] = [];
    for (const n of stack) {
      for (const c of n.children ?? []) {
        if (c.type === 'tag' && c.name === 'body') return c;
        if (c.type === 'tag') next.push(c);
      }
    }
    stack.splice(0, stack.length, ...next);
  }
  return root;
}
