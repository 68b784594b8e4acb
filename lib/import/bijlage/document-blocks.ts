import { DomUtils } from 'htmlparser2';
import { blockText, headingText, type BlockText } from '@/lib/import/bijlage/block-text';
import { childElements, type DomDocument, type DomElement } from '@/lib/import/bijlage/dom-nodes';

/** The body of mammoth's HTML as the reader walks it, in document order. */
export type DocumentBlock =
  | { kind: 'heading'; level: number; isTitle: boolean; text: BlockText }
  | { kind: 'paragraph'; text: BlockText }
  | { kind: 'table'; element: DomElement };

export type DocumentBlocks = {
  blocks: DocumentBlock[];
  /** Each footnote's (and endnote's) text by its id ("footnote-3"), paragraphs joined by "\n". */
  notes: Map<string, string>;
};

const HEADING = /^h([1-6])$/;

/**
 * Splits mammoth's HTML into headings, paragraphs and tables. Lists outside tables are text and
 * skipped. The notes mammoth appends as `<ol><li id="footnote-N">…</li></ol>` are taken out, with
 * the "↑" link back to their reference removed.
 */
export function documentBlocks(document: DomDocument): DocumentBlocks {
  const blocks: DocumentBlock[] = [];
  const notes = new Map<string, string>();
  for (const element of childElements(document)) {
    const heading = HEADING.exec(element.name);
    if (heading) {
      const isTitle = DomUtils.getAttributeValue(element, 'class') === 'title';
      blocks.push({ kind: 'heading', level: Number(heading[1]), isTitle, text: headingText(element) });
    } else if (element.name === 'p') {
      blocks.push({ kind: 'paragraph', text: headingText(element) });
    } else if (element.name === 'table') {
      blocks.push({ kind: 'table', element });
    } else if (element.name === 'ol' && isNoteList(element)) {
      for (const item of childElements(element)) notes.set(DomUtils.getAttributeValue(item, 'id') ?? '', noteText(item));
    }
  }
  return { blocks, notes };
}

function isNoteList(list: DomElement): boolean {
  const items = childElements(list);
  return items.length > 0 && items.every((item) => /^(?:foot|end)note-\d+$/.test(DomUtils.getAttributeValue(item, 'id') ?? ''));
}

function noteText(item: DomElement): string {
  for (const link of DomUtils.findAll((element) => /^#(?:foot|end)note-ref-\d+$/.test(DomUtils.getAttributeValue(element, 'href') ?? ''), [item])) {
    DomUtils.removeElement(link);
  }
  return blockText(item)
    .text.split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
