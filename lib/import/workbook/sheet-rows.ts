import { ValidationError } from '@/lib/errors';
import { locateColumns, type SheetRow, type SheetRows } from '@/lib/import/workbook/workbook-columns';

/** "\r\n" and a lone "\r" (old Mac) become "\n", as texts are stored. */
function normaliseLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * A sheet's table (its first row the header) as rows by column: columns found by their header
 * text, each cell's line breaks as LF, rows without any text left out. `unescape` undoes what
 * writing a CSV did to a cell Excel would run as a formula (a leading apostrophe).
 */
export function sheetRows(table: string[][], unescape = false): SheetRows {
  const [header = [], ...body] = table;
  const { places, problems } = locateColumns(header);
  const rows: SheetRow[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: SheetRow = { row: index + 2, cells: {} };
    for (const [key, place] of places) {
      const text = normaliseLineBreaks(cells[place] ?? '');
      row.cells[key] = unescape && /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
    }
    rows.push(row);
  });
  if (header.length === 0) problems.unshift('Het blad is leeg: de eerste rij met de kolomkoppen ontbreekt.');
  return { rows, problems };
}

export function tooManyRows(limit: number) {
  return new ValidationError(`Deze werkmap heeft meer dan ${limit} rijen; zo groot is geen ronde. Er is niets ingelezen.`);
}

export function tooManyCells(limit: number) {
  return new ValidationError(`Deze werkmap heeft meer dan ${limit} gevulde cellen; zo groot is geen ronde. Er is niets ingelezen.`);
}
