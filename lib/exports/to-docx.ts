import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { STATUS_LABELS } from '@/lib/actions/status';
import { conceptLabel } from '@/lib/exports/concept-stamp';
import { describeSelection } from '@/lib/exports/describe-selection';
import { BIJLAGE_COLUMNS, type BijlageColumn, type ExportOptions } from '@/lib/exports/export-rows';
import { parsePlainText } from '@/lib/exports/plain-text-blocks';
import { wanneerText } from '@/lib/exports/wanneer-text';
import type { ActionRow, LineSection, PlanOverview } from '@/lib/plans/find-plan-overview';
import { lineLabel } from '@/lib/plans/line-label';
import { formatRoundDate } from '@/lib/rounds/format-round-date';

// A4 in twentieths of a point, 2 cm margins; the columns share the 16 cm in between.
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TABLE_WIDTH = PAGE.width - 2 * PAGE.margin;

type Column = { header: string; width: number; lines: (action: ActionRow) => string[] };

const OPTIONAL: Record<BijlageColumn, Column> = {
  // A soft hyphen: where a font is wider than Calibri the header breaks as Verant-woordelijk.
  verantwoordelijk: {
    header: 'Verant\u00ADwoordelijk',
    width: 1800,
    lines: (action) => responsibleLines(action.responsible.map((organisation) => organisation.abbreviation)),
  },
  status: { header: 'Status', width: 1150, lines: (action) => [STATUS_LABELS[action.status]] },
};

/** The trekker of several on a line of its own ("JN (trekker)"), the others after it; one alone as it is. */
function responsibleLines(abbreviations: string[]): string[] {
  if (abbreviations.length < 2) return [abbreviations.join('')];
  return [`${abbreviations[0]} (trekker)`, abbreviations.slice(1).join(', ')];
}

/**
 * Actie | (Verantwoordelijk) | (Status) | Resultaat / stand van zaken | Wanneer, in the web page's
 * order. Each extra column narrows Actie and Wanneer a little; the result takes what is left.
 */
function tableColumns(chosen: readonly BijlageColumn[]): Column[] {
  const extra = BIJLAGE_COLUMNS.filter((column) => chosen.includes(column)).map((column) => OPTIONAL[column]);
  const actie: Column = { header: 'Actie', width: 2900 - 450 * extra.length, lines: (action) => [action.title] };
  const wanneer: Column = { header: 'Wanneer', width: 1938 - 170 * extra.length, lines: (action) => wanneerText(action).split('\n') };
  const fixed = [actie, ...extra, wanneer];
  const result: Column = {
    header: 'Resultaat / stand van zaken',
    width: TABLE_WIDTH - fixed.reduce((sum, column) => sum + column.width, 0),
    lines: (action) => action.result.split('\n'),
  };
  return [actie, ...extra, result, wanneer];
}

const TABLE_FONT_SIZE = 19; // half-points: 9.5 pt, as the ministry's bijlage tables
const RIJKS_BLUE = '154273';

// Dutch for Word's spelling check; sizes in half-points, spacing in twentieths of a point.
const DOCUMENT_STYLES = {
  default: {
    document: {
      run: { font: 'Calibri', size: 21, language: { value: 'nl-NL' } },
      paragraph: { spacing: { after: 80 } },
    },
    title: { run: { font: 'Calibri', size: 40, bold: true, color: RIJKS_BLUE }, paragraph: { spacing: { after: 80 } } },
    heading1: { run: { font: 'Calibri', size: 30, bold: true, color: RIJKS_BLUE }, paragraph: { spacing: { before: 360, after: 120 } } },
    heading2: { run: { font: 'Calibri', size: 25, bold: true, color: RIJKS_BLUE }, paragraph: { spacing: { before: 280, after: 100 } } },
  },
};

/**
 * The bijlage as Word document: a title with plan and round, then per actielijn a heading, the
 * round's introduction and the table Actie | Resultaat / stand van zaken | Wanneer, with "✓ " before
 * the Wanneer text of completed actions. Table headers repeat on every page; rows do not split.
 * `selection` (filters as a query string) marks a filtered export as such below the title;
 * `columns` adds Verantwoordelijk and/or Status to the table. A `concept` (an unpublished round)
 * says CONCEPT with its generation time in the header and footer of every page and above the title.
 */
export async function toDocx(overview: PlanOverview, options: ExportOptions = {}): Promise<Buffer> {
  const { plan, round } = overview;
  // A filtered export must never pass for the whole bijlage.
  const selection = options.selection
    ? [new Paragraph({ children: [new TextRun({ text: `Selectie: ${describeSelection(options.selection)}`, italics: true })] })]
    : [];
  const columns = tableColumns(options.columns ?? []);
  const concept = options.concept ? conceptLabel(options.concept) : null;
  const document = new Document({
    title: `${plan.title} — ${round.title}`,
    creator: 'Voortgang',
    description: `Bijlage bij de voortgangsrapportage: ${round.title} (${formatRoundDate(round)})`,
    styles: DOCUMENT_STYLES,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        ...(concept && {
          headers: { default: new Header({ children: [conceptParagraph(concept)] }) },
          footers: { default: new Footer({ children: [conceptParagraph(concept)] }) },
        }),
        children: [
          ...(concept ? [conceptParagraph(concept, { size: 28, after: 240 })] : []),
          new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [new TextRun({ text: `Bijlage: ${round.title} (${formatRoundDate(round)})`, size: 28 })],
            spacing: { after: 240 },
          }),
          ...selection,
          ...overview.lines.flatMap((line) => lineContent(line, columns)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The concept marking: bold, red, centred; in header and footer at the text's own size. */
function conceptParagraph(label: string, style: { size?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: style.after ?? 0 },
    children: [new TextRun({ text: label, bold: true, color: 'B00020', size: style.size ?? TABLE_FONT_SIZE })],
  });
}

function lineContent(line: LineSection, columns: Column[]): (Paragraph | Table)[] {
  const heading = new Paragraph({
    text: `${lineLabel(line)}: ${line.title}`,
    heading: line.parentId === null ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    keepNext: true,
  });
  const intro = parsePlainText(line.intro ?? '').map((part) =>
    part.kind === 'paragraph'
      ? new Paragraph({ text: part.text, spacing: { after: 120 } })
      : new Paragraph({ text: part.text, bullet: { level: part.level } }),
  );
  // The empty paragraph before the table keeps it apart from a list; Word needs one after a table.
  const table = line.actions.length > 0 ? [new Paragraph({ text: '' }), actionTable(line.actions, columns), new Paragraph({ text: '' })] : [];
  return [heading, ...intro, ...table];
}

function actionTable(actions: ActionRow[], columns: Column[]): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(({ header: text, width }) =>
      cell([text], width, { bold: true, shading: { type: ShadingType.CLEAR, fill: 'D9E2EC', color: 'auto' } }),
    ),
  });
  const rows = actions.map(
    (action) => new TableRow({ cantSplit: true, children: columns.map((column) => cell(column.lines(action), column.width)) }),
  );
  return new Table({
    width: { size: TABLE_WIDTH, type: WidthType.DXA },
    columnWidths: columns.map((column) => column.width),
    rows: [header, ...rows],
  });
}

type CellStyle = { bold?: boolean; shading?: { type: (typeof ShadingType)[keyof typeof ShadingType]; fill: string; color: string } };

/** A cell with one paragraph per line of text (Word needs at least one, even when empty). */
function cell(lines: string[], width: number, style: CellStyle = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: style.shading,
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    children: lines.map(
      (text) => new Paragraph({ children: [new TextRun({ text, bold: style.bold, size: TABLE_FONT_SIZE })] }),
    ),
  });
}
