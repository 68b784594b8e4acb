import { parse } from 'csv-parse/sync';
import { ValidationError } from '@/lib/errors';
import { IMPORT_LIMITS } from '@/lib/import/import-limits';
import { sheetRows, tooManyCells, tooManyRows } from '@/lib/import/workbook/sheet-rows';
import type { SheetRows } from '@/lib/import/workbook/workbook-columns';

type Limits = { workbookRows: number; workbookCells: number };

/** UTF-8 (with or without a byte-order mark); a file Excel saved as "CSV" without UTF-8 is Windows-1252. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** `;` (as the app and Dutch Excel write it) or `,`: whichever the header line has more of. */
function delimiterOf(text: string): ';' | ',' {
  const header = text.slice(0, text.search(/\r?\n|$/));
  return header.split(',').length > header.split(';').length ? ',' : ';';
}

/** A CSV upload: its BOM dropped, its separator recognised, its cells as text. */
export function readCsv(bytes: Buffer, limits: Limits = IMPORT_LIMITS): SheetRows {
  const text = decode(bytes).replace(/^\uFEFF/, '');
  let table: string[][];
  try {
    table = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, max_record_size: 1_000_000 });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ValidationError(
      `Dit CSV-bestand is niet te lezen${line ? ` (rond regel ${line})` : ''}. Sla het opnieuw op als CSV en probeer het nog eens.`,
    );
  }
  if (table.length > limits.workbookRows + 1) throw tooManyRows(limits.workbookRows);
  if (table.reduce((cells, row) => cells + row.length, 0) > limits.workbookCells) throw tooManyCells(limits.workbookCells);
  return sheetRows(table, true);
}
