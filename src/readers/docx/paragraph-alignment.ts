// Carries a paragraph's alignment (w:jc) through mammoth, which reads it but does not write it: a
// document transform gives plain paragraphs a synthetic style name, and the style map turns that
// into a class the HTML reader understands. Styled paragraphs (headings, lists) are left alone so
// mammoth's own mapping of them still applies.

const ALIGNMENTS: Record<string, string> = {
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
  left: 'left',
  start: 'left',
};

export const ALIGNMENT_STYLE_MAP = Object.values(ALIGNMENTS)
  .filter((v, i, all) => all.indexOf(v) === i)
  .map((a) => `p[style-name='roadmap-align-${a}'] => p.roadmap-align-${a}:fresh`);

interface MammothElement {
  type?: string;
  children?: MammothElement[];
  styleId?: string | null;
  styleName?: string | null;
  alignment?: string | null;
  numbering?: unknown;
}

const KEEP_STYLE = /heading|title|заголовок|footnote|endnote|annotation|list|caption/i;

/** A mammoth `transformDocument` function. Walks iteratively: nesting depth is bounded elsewhere. */
export function markAlignment(document: MammothElement): MammothElement {
  const stack: MammothElement[] = [document];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.type === 'paragraph') {
      const align = el.alignment ? ALIGNMENTS[el.alignment] : undefined;
      const styled = KEEP_STYLE.test(el.styleName ?? '') || KEEP_STYLE.test(el.styleId ?? '');
      if (align && !styled && !el.numbering) {
        el.styleName = `roadmap-align-${align}`;
      }
    }
    if (el.children) for (const c of el.children) stack.push(c);
  }
  return document;
}
