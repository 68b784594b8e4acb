import {
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  SymbolRun,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';

/**
 * The building blocks of the test bijlagen (tests/support/bijlage-documents.ts), written with the
 * `docx` package as Word would save them: headings in Word's heading styles (English or Dutch
 * names), bold paragraphs, tables with merged cells, footnotes, check-mark symbols.
 */

/** A table cell: its text (each "\n" a paragraph), or the parts of a richer one. */
export type CellSpec =
  | string
  | {
      paragraphs?: string[];
      bullets?: string[];
      /** A footnote reference after the first paragraph. */
      footnote?: number;
      /** A Wingdings symbol (F0FC: ✓) in front of the first paragraph. */
      symbol?: string;
      colspan?: number;
      merge?: 'restart' | 'continue';
      bold?: boolean;
    };

export type HeadingStyle = 'heading1' | 'heading2' | 'kop1' | 'kop2' | 'bold' | 'title';

const STYLE_IDS: Partial<Record<HeadingStyle, string>> = { kop1: 'Kop1', kop2: 'Kop2' };
const LEVELS: Partial<Record<HeadingStyle, (typeof HeadingLevel)[keyof typeof HeadingLevel]>> = {
  heading1: HeadingLevel.HEADING_1,
  heading2: HeadingLevel.HEADING_2,
  title: HeadingLevel.TITLE,
};

/** A heading as Word writes it in `style`; "\n" in the text becomes a line break inside the paragraph. */
export function heading(text: string, style: HeadingStyle = 'heading1'): Paragraph {
  const runs = text.split('\n').map((part, i) => new TextRun({ text: part, bold: style === 'bold', break: i > 0 ? 1 : undefined }));
  return new Paragraph({ children: runs, heading: LEVELS[style], style: STYLE_IDS[style] });
}

/** Body text; `footnote` adds a reference at its end. */
export function paragraph(text: string, footnote?: number): Paragraph {
  return new Paragraph({ children: [new TextRun(text), ...(footnote ? [new FootnoteReferenceRun(footnote)] : [])] });
}

export function cell(spec: CellSpec): TableCell {
  const parts = typeof spec === 'string' ? { paragraphs: spec.split('\n') } : spec;
  const paragraphs = (parts.paragraphs ?? (parts.bullets ? [] : [''])).map(
    (text, i) =>
      new Paragraph({
        children: [
          ...(i === 0 && parts.symbol ? [new SymbolRun({ char: parts.symbol, symbolfont: 'Wingdings' })] : []),
          new TextRun({ text, bold: parts.bold }),
          ...(i === 0 && parts.footnote ? [new FootnoteReferenceRun(parts.footnote)] : []),
        ],
      }),
  );
  const bullets = (parts.bullets ?? []).map((text) => new Paragraph({ text, bullet: { level: 0 } }));
  const merge = parts.merge && (parts.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE);
  return new TableCell({ children: [...paragraphs, ...bullets], columnSpan: parts.colspan, verticalMerge: merge });
}

/**
 * A table with `header` as its first row (marked as Word's repeating header row unless
 * `plainHeader`), and `rows` below it. Cells are 1/n of a 16 cm table.
 */
export function table(header: string[], rows: CellSpec[][], { plainHeader = false } = {}): Table {
  const headerRow = new TableRow({ tableHeader: !plainHeader, children: header.map((text) => cell({ paragraphs: [text], bold: true })) });
  const width = Math.floor(9072 / header.length);
  return new Table({
    width: { size: 9072, type: WidthType.DXA },
    columnWidths: header.map(() => width),
    rows: [headerRow, ...rows.map((row) => new TableRow({ children: row.map(cell) }))],
  });
}

/** A paragraph of which `inserted` was typed and `deleted` struck with Word's change tracking on. */
export function trackedParagraph(text: string, inserted: string, deleted: string): Paragraph {
  const mark = { author: 'Redactie', date: '2019-11-01T10:00:00Z' };
  return new Paragraph({
    children: [
      new TextRun(text),
      new InsertedTextRun({ text: inserted, id: 1, ...mark }),
      new DeletedTextRun({ text: deleted, id: 2, ...mark }),
    ],
  });
}

/** The document, with its footnotes by number and the Dutch heading styles Kop 1 and Kop 2 defined. */
export function wordDocument(children: (Paragraph | Table)[], footnotes: Record<number, string> = {}): Promise<Buffer> {
  const document = new Document({
    creator: 'Ministerie van VWS',
    styles: {
      paragraphStyles: [1, 2].map((level) => ({
        id: `Kop${level}`,
        name: `Kop ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, size: 32 - 4 * level },
      })),
    },
    footnotes: Object.fromEntries(Object.entries(footnotes).map(([key, text]) => [key, { children: [new Paragraph(text)] }])),
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
