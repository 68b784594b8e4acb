import { DomUtils, parseDocument } from 'htmlparser2';

/** The node types of htmlparser2's DOM, taken from its own functions (it ships its own domhandler). */
export type DomDocument = ReturnType<typeof parseDocument>;
export type DomNode = DomDocument['children'][number];
export type DomElement = Parameters<typeof DomUtils.getAttributeValue>[0];

export const isTag = (node: DomNode): node is DomElement => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** The text of a text node, or null for any other node. */
export function textData(node: DomNode): string | null {
  return node.type === 'text' && 'data' in node ? node.data : null;
}

/** The element children of `element` (or a document), skipping text between them. */
export function childElements(parent: DomElement | DomDocument): DomElement[] {
  return parent.children.filter(isTag);
}

/** The element children named one of `names`, looking through wrappers such as thead and tbody. */
export function childrenNamed(parent: DomElement, names: string[], through: string[] = []): DomElement[] {
  return childElements(parent).flatMap((child) => {
    if (names.includes(child.name)) return [child];
    return through.includes(child.name) ? childrenNamed(child, names, through) : [];
  });
}

/** A whole-number attribute (colspan, rowspan), at least 1. */
export function spanAttribute(element: DomElement, name: string): number {
  const value = Number(DomUtils.getAttributeValue(element, name) ?? '1');
  return Number.isInteger(value) && value > 1 ? value : 1;
}

/** Mammoth's footnote (or endnote) reference: `<a href="#footnote-3" id="footnote-ref-3">[3]</a>`. */
export function noteReference(element: DomElement): { id: string; marker: string } | null {
  if (element.name !== 'a') return null;
  const href = DomUtils.getAttributeValue(element, 'href') ?? '';
  const id = /^#((?:foot|end)note-\d+)$/.exec(href)?.[1];
  if (!id) return null;
  return { id, marker: DomUtils.textContent(element).replace(/^\[|\]$/g, '') };
}
