import { DomUtils } from 'htmlparser2';
import { childElements, isTag, noteReference, textData, type DomElement, type DomNode } from '@/lib/import/bijlage/dom-nodes';

/** A footnote reference as the text showed it, by the id of the note mammoth wrote at the end. */
export type NoteReference = { id: string; marker: string };

/** The text of a paragraph, cell or heading: its lines, the notes it refers to, and what it looked like. */
export type BlockText = {
  /** Paragraphs and list items joined by "\n", line breaks kept, footnote markers removed. */
  text: string;
  notes: NoteReference[];
  /** Every visible character is bold: a bold paragraph may be a heading. */
  boldOnly: boolean;
  /** The block holds a table of its own (a nested table in a cell). */
  hasTable: boolean;
};

type Collector = { lines: string[]; notes: NoteReference[]; plain: boolean; bold: boolean; hasTable: boolean };

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const LISTS = new Set(['ul', 'ol']);

/**
 * The text of a table cell (or any block holding paragraphs): each paragraph one line, each list
 * item a line starting with "- " (numbered ones "1. "), nested items indented two spaces, so a
 * list reads back in the app's own plain-text form. The whole is trimmed, the lines are not:
 * the app stores its texts trimmed, and writes one paragraph per line of a text.
 */
export function blockText(element: DomElement): BlockText {
  const collector: Collector = { lines: [], notes: [], plain: false, bold: false, hasTable: false };
  collectBlocks(element, collector, 0);
  return {
    text: collector.lines.join('\n').trim(),
    notes: collector.notes,
    boldOnly: collector.bold && !collector.plain,
    hasTable: collector.hasTable,
  };
}

/** One paragraph or heading on one line: line breaks as spaces, runs of white space as one. */
export function headingText(element: DomElement): BlockText {
  const block = blockText(element);
  return { ...block, text: block.text.replace(/\s+/g, ' ').trim() };
}

function collectBlocks(parent: DomElement, collector: Collector, depth: number): void {
  let inline: DomNode[] = [];
  const flush = () => {
    if (inline.length > 0) collector.lines.push(inlineText(inline, collector));
    inline = [];
  };
  for (const child of parent.children) {
    if (isTag(child) && BLOCKS.has(child.name)) {
      flush();
      collector.lines.push(inlineText(child.children, collector));
    } else if (isTag(child) && LISTS.has(child.name)) {
      flush();
      collectList(child, collector, depth);
    } else if (isTag(child) && child.name === 'table') {
      flush();
      collector.hasTable = true;
    } else {
      inline.push(child);
    }
  }
  // Text straight in the block (no paragraph around it) counts only when it is more than white space.
  if (inline.some((node) => DomUtils.textContent(node).trim() !== '')) flush();
}

function collectList(list: DomElement, collector: Collector, depth: number): void {
  childElements(list)
    .filter((item) => item.name === 'li')
    .forEach((item, index) => {
      const bullet = list.name === 'ol' ? `${index + 1}. ` : '- ';
      const own = item.children.filter((child) => !(isTag(child) && (LISTS.has(child.name) || child.name === 'table')));
      collector.lines.push(`${'  '.repeat(depth)}${bullet}${inlineText(own, collector)}`);
      for (const child of childElements(item)) {
        if (LISTS.has(child.name)) collectList(child, collector, depth + 1);
        if (child.name === 'table') collector.hasTable = true;
      }
    });
}

/** The text of inline nodes; `<br>` a line break, footnote references left out (and noted). */
function inlineText(nodes: DomNode[], collector: Collector, bold = false): string {
  let text = '';
  for (const node of nodes) {
    const data = textData(node);
    if (data !== null) {
      text += data;
      if (data.trim() !== '') {
        if (bold) collector.bold = true;
        else collector.plain = true;
      }
    } else if (isTag(node)) {
      text += inlineElement(node, collector, bold);
    }
  }
  return text;
}

function inlineElement(element: DomElement, collector: Collector, bold: boolean): string {
  if (element.name === 'br') return '\n';
  if (element.name === 'img') return '';
  if (element.name === 'table') {
    collector.hasTable = true;
    return '';
  }
  const reference = noteReference(element) ?? (element.name === 'sup' ? supReference(element) : null);
  if (reference) {
    collector.notes.push(reference);
    return '';
  }
  if (BLOCKS.has(element.name) || LISTS.has(element.name)) return inlineText(element.children, collector, bold);
  return inlineText(element.children, collector, bold || element.name === 'strong' || element.name === 'b');
}

/** `<sup><a href="#footnote-1">[1]</a></sup>`: the reference inside a superscript that holds nothing else. */
function supReference(sup: DomElement): NoteReference | null {
  const elements = childElements(sup);
  if (elements.length !== 1 || DomUtils.textContent(sup).trim() !== DomUtils.textContent(elements[0]!).trim()) return null;
  return noteReference(elements[0]!);
}
