import { Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import { customTableBijlage, resultCell, SEED_000_LINES, titleCell, wanneer } from './bijlage-documents';
import { cell, heading, table, trackedParagraph, wordDocument, type CellSpec } from './docx-parts';

/** Bijlagen the reader must refuse, or read with problems named: shaped like seed 000. */

/** Seed 000's first table with a row of two cells in the middle (its third row). */
export function wrongColumnCountBijlage(): Promise<Buffer> {
  const rows = SEED_000_LINES[0]!.rows.map((row) => [titleCell(row), resultCell(row), wanneer(row)] as CellSpec[]);
  rows.splice(1, 0, ['Voorlichting gemeenten', 'Loopt']);
  return customTableBijlage(['Actie', 'Resultaat', 'Wanneer?'], rows);
}

/** An action table after a table that is none (key figures), and a third with an unknown column. */
export function unrecognisedTableBijlage(): Promise<Buffer> {
  return wordDocument([
    heading('Actielijn 3: Werven en screenen van pleegouders'),
    table(['Jaar', 'Nieuwe pleegouders'], [['2016', '3.250'], ['2017', '3.400']]),
    table(['Actie', 'Resultaat', 'Wanneer?'], [['Campagne ‘Supergewone mensen gezocht’', 'De campagne is uitgevoerd.', '✓ 2018']]),
    table(['Actie', 'Opmerking', 'Wanneer?'], [['Wervingsproces', 'Analyse Garage2020', '2019']]),
  ]);
}

/** Seed 000's first actielijn with a tracked insertion and deletion in its introduction. */
export function trackedChangesBijlage(): Promise<Buffer> {
  return wordDocument([
    heading('Actielijn 1: Continuïteit en stabiliteit, ook na het 18e jaar'),
    trackedParagraph('De partijen zetten zich in om ', 'meer continuïteit te creëren.', 'stabiliteit te bieden.'),
    table(['Actie', 'Resultaat', 'Wanneer?'], [['Handboek matching', 'Handboek is opgeleverd en wordt ingezet', '✓ 2017 gepubliceerd']]),
  ]);
}

export { heading, paragraph, table, wordDocument, type CellSpec } from './docx-parts';

/** The document's word/document.xml rewritten by `edit`: for what the docx package cannot write. */
export async function rewriteDocumentXml(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', edit(xml));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * Seed 000's first table, its third row starting one grid column to the right (`w:gridBefore`,
 * as Word writes a row whose first cell was deleted) with only two cells: mammoth shifts them left.
 */
export async function gridBeforeBijlage(): Promise<Buffer> {
  const rows = SEED_000_LINES[0]!.rows.map((row) => [titleCell(row), resultCell(row), wanneer(row)] as CellSpec[]);
  const bytes = await customTableBijlage(['Actie', 'Resultaat', 'Wanneer?'], rows);
  return rewriteDocumentXml(bytes, (xml) => {
    let seen = 0; // the header row has properties of its own: the second match is row 3
    return xml.replace(/<w:tr>(<w:tc>.*?<\/w:tc>)/g, (whole) => {
      seen += 1;
      return seen === 2 ? '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' : whole;
    });
  });
}

/** A row whose Resultaat cell holds a table of its own (key figures), between two ordinary rows. */
export function nestedTableBijlage(): Promise<Buffer> {
  const inner = table(['Jaar', 'Aantal'], [['2016', '3.250']]);
  const rows = [
    new TableRow({ children: ['Actie', 'Resultaat', 'Wanneer?'].map((text) => cell(text)) }),
    new TableRow({ children: [cell('Handboek matching'), cell('Opgeleverd'), cell('✓ 2017')] }),
    new TableRow({ children: [cell('Werving'), new TableCell({ children: [new Paragraph('Cijfers:'), inner, new Paragraph('')] }), cell('2018')] }),
    new TableRow({ children: [cell('Methodieken'), cell('Loopt'), cell('2019')] }),
  ];
  return wordDocument([heading('Actielijn 3: Werven en screenen van pleegouders'), new Table({ rows })]);
}
