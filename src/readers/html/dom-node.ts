// The few facts about a parsed HTML node that the HTML reader uses (a structural view of the
// domhandler nodes cheerio builds, so the reader does not depend on domhandler's types).

export interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}

export function isElement(node: HtmlNode): node is HtmlNode & { name: string; attribs: Record<string, string>; children: HtmlNode[] } {
  // domhandler marks <script> and <style> with their own types; both are elements to us
  return (node.type === 'tag' || node.type === 'script' || node.type === 'style') && typeof node.name === 'string';
}

export function isText(node: HtmlNode): node is HtmlNode & { data: string } {
  return node.type === 'text' && typeof node.data === 'string';
}

/** Elements whose content is never document text. */
export const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base', 'iframe', 'frame',
  'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'select', 'option', 'optgroup', 'datalist',
  'textarea', 'button', 'input', 'img', 'picture', 'video', 'audio', 'source', 'track', 'canvas', 'map',
  'area', 'param',
]);

/** Elements that start a new block (anything else is inline). */
export const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'listing', 'plaintext', 'xmp',
]);

export function isHidden(el: { attribs: Record<string, string> }): boolean {
  if ('hidden' in el.attribs) return true;
  const style = el.attribs['style'];
  return style !== undefined && /(?:^|;)\s*display\s*:\s*none/i.test(style);
}
