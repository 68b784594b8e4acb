import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { DUTCH_CSV } from '@/lib/exports/to-csv';
import {
  INSTRUCTIONS_SHEET,
  STATUS_OPTIONS,
  WORKBOOK_COLUMNS,
  WORKBOOK_SHEET,
  type ColumnKey,
} from '@/lib/import/workbook/workbook-columns';

/** One row of the workbook as it is written: every column's value. */
export type WorkbookRowValues = Record<ColumnKey, string | number>;

/** The list validation of exceljs, missing from its type definitions (see STACK.md). */
type DataValidations = { add(range: string, validation: ExcelJS.DataValidation): void };

const HIDDEN: ReadonlySet<ColumnKey> = new Set(['id', 'version']);
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3A5F' } };
const EDITABLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };

/**
 * The workbook a partner fills in: sheet "Acties" with one row per entry and sheet "Uitleg" with
 * the instructions. The sheet is protected without a password, against accidents, not as
 * security (anyone may lift it in Excel; the upload checks every row all the same): only Status,
 * Resultaat and Planning are unlocked. The status column has one list validation for exactly the
 * rows used (one range, not one per cell: see STACK.md).
 */
export async function writeXlsx(rows: WorkbookRowValues[], instructions: string[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Voortgang';
  const sheet = workbook.addWorksheet(WORKBOOK_SHEET, { views: [{ state: 'frozen', ySplit: 1, activeCell: 'I2' }] });
  sheet.columns = WORKBOOK_COLUMNS.map((column) => ({
    header: column.header,
    key: column.key,
    width: column.width,
    hidden: HIDDEN.has(column.key),
    style: {
      alignment: { wrapText: true, vertical: 'top' },
      protection: { locked: !column.editable },
      ...(column.editable && { fill: EDITABLE_FILL }),
    },
  }));
  const header = sheet.getRow(1);
  header.eachCell((cell) => {
    cell.style = {
      font: { bold: true, color: { argb: 'FFFFFFFF' } },
      fill: HEADER_FILL,
      alignment: { wrapText: true, vertical: 'middle' },
      protection: { locked: true },
    };
  });
  header.height = 32;
  sheet.addRows(rows);

  const statusColumn = sheet.getColumn('status').letter;
  if (rows.length > 0) {
    (sheet as unknown as { dataValidations: DataValidations }).dataValidations.add(`${statusColumn}2:${statusColumn}${rows.length + 1}`, {
      type: 'list',
      allowBlank: false,
      formulae: [`"${STATUS_OPTIONS.join(',')}"`],
      showErrorMessage: true,
      errorTitle: 'Onbekende status',
      error: `Kies een status uit de lijst: ${STATUS_OPTIONS.join(', ')}.`,
    });
  }
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
  });

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET);
  help.getColumn(1).width = 110;
  instructions.forEach((line, index) => {
    const cell = help.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The same rows as CSV, as the app's other Dutch CSV exports: `;`, CRLF, UTF-8 with a byte-order
 * mark, and a cell starting with = + - @ gets an apostrophe (the reader takes it off again).
 */
export function writeCsv(rows: WorkbookRowValues[]): Buffer {
  const header = WORKBOOK_COLUMNS.map((column) => column.header);
  const records = rows.map((row) => WORKBOOK_COLUMNS.map((column) => String(row[column.key])));
  return Buffer.from(stringify([header, ...records], { ...DUTCH_CSV, bom: true }), 'utf8');
}
