// Text into HTML and SVG: the five characters that could break out of text or an attribute.

export function esc(text: string | null | undefined): string {
  if (text == null) return '';
  return text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
