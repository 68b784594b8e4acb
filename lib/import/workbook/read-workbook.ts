import 'server-only';
import ExcelJS from 'exceljs';
import { formatDutchDate } from '@/lib/dates';
import { ValidationError } from '@/lib/errors';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { readZipBounded } from '@/lib/import/read-zip-bounded';
import { readCsv } from '@/lib/import/workbook/read-csv';
import { sheetRows, tooManyCells, tooManyRows } from '@/lib/import/workbook/sheet-rows';
import { WORKBOOK_SHEET, type SheetRows } from '@/lib/import/workbook/workbook-columns';

type Limits = Record<'workbookRows' | 'workbookCells' | 'zipEntries' | 'expandedBytes', number>;

/** What an upload is, by its first bytes (never by its name): a zip is an .xlsx, text is CSV. */
export function workbookFormat(bytes: Buffer): 'xlsx' | 'csv' {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  if (bytes.length === 0 || bytes.includes(0)) {
    throw new ValidationError('Dit bestand is geen werkmap: upload de .xlsx die u downloadde, of een CSV-bestand.');
  }
  return 'csv';
}

/** Reads an uploaded workbook (.xlsx or CSV) into its rows, refusing what is unreadable or too large (Dutch ValidationError). */
export async function readWorkbookFile(bytes: Buffer, limits: Limits = IMPORT_LIMITS): Promise<{ format: 'xlsx' | 'csv'; sheet: SheetRows }> {
  const format = workbookFormat(bytes);
  return { format, sheet: format === 'xlsx' ? await readXlsx(bytes, limits) : readCsv(bytes, limits) };
}

/**
 * An .xlsx: unpacked within the bounds first (readZipBounded), its sheets' rows and cells counted
 * in their XML before exceljs builds them in memory, then its sheet "Acties" (or the first one).
 */
export async function readXlsx(bytes: Buffer, limits: Limits = IMPORT_LIMITS): Promise<SheetRows> {
  const files = await readZipBounded(bytes, limits);
  for (const [name, content] of files) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    const xml = content.toString('utf8');
    if (count(xml, '<row ') > limits.workbookRows + 1) throw tooManyRows(limits.workbookRows);
    if (count(xml, '<c ') > limits.workbookCells) throw tooManyCells(limits.workbookCells);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ValidationError('Deze werkmap is niet te lezen. Sla haar opnieuw op als Excel-werkmap (.xlsx) en probeer het nog eens.');
  }
  const sheet = workbook.getWorksheet(WORKBOOK_SHEET) ?? workbook.worksheets[0];
  if (!sheet) throw new ValidationError('Deze werkmap heeft geen blad met acties.');
  if (sheet.rowCount > limits.workbookRows + 1) throw tooManyRows(limits.workbookRows);
  if (sheet.rowCount * sheet.columnCount > limits.workbookCells) throw tooManyCells(limits.workbookCells);

  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    table[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
  });
  return sheetRows(Array.from(table, (cells) => cells ?? []));
}

function count(text: string, needle: string): number {
  let found = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) found++;
  return found;
}

/** A cell as text: rich text joined, a formula's result, numbers as written, a date as a Dutch date. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return formatDutchDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('hyperlink' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}
