import type { DocumentBlocks } from '@/lib/import/bijlage/document-blocks';
import type { NoteReference } from '@/lib/import/bijlage/block-text';
import { gridBeforeByTable } from '@/lib/import/bijlage/word-markup';
import { kamerstukReferences } from '@/lib/import/bijlage/kamerstuk-references';
import { matchLineHeading, parentCode, type HeadingMatch } from '@/lib/import/bijlage/line-heading';
import type { ParsedBijlage, ParsedFootnote, ParsedHeading } from '@/lib/import/bijlage/parsed-bijlage';
import { readActionTable } from '@/lib/import/bijlage/read-action-table';

/** Below every Word heading level: a bold paragraph or a merged table row. */
const EMPHASIS_LEVEL = 7;

type HeadingState = { kind: HeadingMatch['kind'] | 'plain'; level: number };

/**
 * Walks the document's blocks in order: line headings (Word headings, bold paragraphs, merged
 * table rows) open a line, action tables add rows under the line opened last, and the first
 * Title or h1 before any line heading is the document's title. `documentXml` supplies what
 * mammoth drops (each row's skipped grid columns).
 */
export function assembleBijlage({ blocks, notes }: DocumentBlocks, documentXml: string): ParsedBijlage {
  const parsed: ParsedBijlage = { title: null, headings: [], rows: [], problems: [] };
  const states: HeadingState[] = [];
  let current: number | null = null;
  let part: number | null = null;

  const open = (text: string, match: HeadingMatch | null, level: number) => {
    const index = parsed.headings.length;
    const top = current === null ? null : parsed.headings[current]!.parentIndex === null ? current : parsed.headings[current]!.parentIndex;
    let code: string | null = match?.code ?? null;
    let parentIndex: number | null = null;
    if (!match) parentIndex = top;
    else if (match.kind === 'line') part = null;
    else if (match.kind === 'part') part = index;
    else if (match.kind === 'sub') parentIndex = lastWithCode(parsed.headings, parentCode(match.code)) ?? part;
    else if (part !== null) [code, parentIndex] = [`${parsed.headings[part]!.code}${match.code}`, part];
    else if (top !== null && states[top]!.kind === 'line' && states[top]!.level < level) {
      [code, parentIndex] = [`${parsed.headings[top]!.code}.${match.code}`, top];
    }
    parsed.headings.push({ text, code, title: match?.title ?? text, parentIndex });
    states.push({ kind: match?.kind ?? 'plain', level });
    current = index;
  };

  const gridBefore = gridBeforeByTable(documentXml);
  const tableCount = blocks.filter((block) => block.kind === 'table').length;
  const skips = gridBefore && gridBefore.length === tableCount ? gridBefore : null;
  let tableNumber = 0;
  for (const block of blocks) {
    if (block.kind === 'table') {
      tableNumber += 1;
      const read = readActionTable(block.element, tableNumber, skips?.[tableNumber - 1]);
      parsed.problems.push(...read.problems);
      for (const item of read.items) {
        if (item.kind === 'heading') open(item.text, matchLineHeading(item.text, true), EMPHASIS_LEVEL);
        else {
          const { notes: references, ...row } = item.read;
          parsed.rows.push({ ...row, headingIndex: current, footnotes: footnotes(references, notes), table: tableNumber });
        }
      }
      continue;
    }
    const { text } = block.text;
    if (text === '') continue;
    const emphasised = block.kind === 'heading' || block.text.boldOnly;
    const match = matchLineHeading(text, emphasised);
    if (match) open(text, match, block.kind === 'heading' ? block.level : EMPHASIS_LEVEL);
    else if (block.kind === 'heading' && parsed.title === null && parsed.headings.length === 0 && (block.isTitle || block.level === 1)) {
      parsed.title = text;
    }
  }
  return parsed;
}

function lastWithCode(headings: ParsedHeading[], code: string): number | null {
  for (let i = headings.length - 1; i >= 0; i--) if (headings[i]!.code === code && headings[i]!.parentIndex === null) return i;
  return null;
}

function footnotes(references: NoteReference[], notes: Map<string, string>): ParsedFootnote[] {
  return references.map(({ id, marker }) => {
    const text = notes.get(id) ?? '';
    return { marker, text, kamerstukken: kamerstukReferences(text) };
  });
}
