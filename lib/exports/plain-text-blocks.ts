/** A piece of the seed texts' plain-text convention, in reading order. */
export type PlainTextPart = { kind: 'paragraph'; text: string } | { kind: 'item'; text: string; level: 0 | 1 };

const ITEM = /^(\s*)- (.*)$/;

/**
 * Parses an introduction text: paragraphs separated by a blank line, list items on lines starting
 * with "- " (indented: one level deeper). Other lines within a paragraph are joined with a space,
 * as the web page (components/text-block.tsx) shows them.
 */
export function parsePlainText(text: string): PlainTextPart[] {
  const parts: PlainTextPart[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    let prose: string[] = [];
    const flushProse = () => {
      if (prose.length > 0) parts.push({ kind: 'paragraph', text: prose.join(' ') });
      prose = [];
    };
    for (const line of block.split('\n')) {
      const item = ITEM.exec(line);
      if (item) {
        flushProse();
        parts.push({ kind: 'item', text: item[2]!.trim(), level: item[1]!.length > 0 ? 1 : 0 });
      } else if (line.trim() !== '') {
        prose.push(line.trim());
      }
    }
    flushProse();
  }
  return parts;
}
