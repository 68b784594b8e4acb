import type { ActionStatus } from '@/lib/actions/status';
import type { NoteReference } from '@/lib/import/bijlage/block-text';
import { isCheckCell, readStatusCell, readWanneerCell, STATUS_CHOICES } from '@/lib/import/bijlage/check-mark';
import type { DomElement } from '@/lib/import/bijlage/dom-nodes';
import type { ImportProblem } from '@/lib/import/bijlage/parsed-bijlage';
import { tableGrid, type GridRow } from '@/lib/import/bijlage/table-grid';
import { normalizeHeader, recogniseHeader, type ColumnRole, type TableLayout } from '@/lib/import/bijlage/table-header';

/** An action row as the table gives it, before it is placed under its heading. */
export type TableRowRead = {
  title: string;
  responsibleText: string | null;
  status: ActionStatus | null;
  result: string;
  planning: string;
  notes: NoteReference[];
  row: number;
};

/** What a table holds, in order: rows, and merged rows (one cell across the table) that are headings. */
export type TableItem = { kind: 'heading'; text: string } | { kind: 'row'; read: TableRowRead };

export type TableRead = { items: TableItem[]; problems: ImportProblem[] };

const kolommen = (count: number) => `${count} ${count === 1 ? 'kolom' : 'kolommen'}`;

/**
 * Reads table `number` (1-based, in document order). Its header is the first row of more than one
 * cell; single cells spanning the table before and after it are headings. A row whose columns
 * (colspans expanded, merged cells from above counted) do not match the header's is skipped and
 * reported, as is a row that started further right in Word (`gridBefore`: mammoth shifts its
 * cells left without a word), one with a table in a cell, and one without an action. Empty rows
 * and a repeated header are skipped silently. `gridBefore`: per row of the XML, the grid
 * columns Word skipped before its first cell, where known.
 */
export function readActionTable(table: DomElement, number: number, gridBefore?: number[]): TableRead {
  const grid = tableGrid(table);
  // The XML's rows must be the HTML's one for one, or their skipped columns say nothing.
  const skippedColumns = gridBefore?.length === grid.length ? gridBefore : undefined;
  const headerIndex = grid.findIndex((row) => row.ownCells > 1);
  const header = grid[headerIndex];
  if (!header) return grid.length === 0 ? { items: [], problems: [] } : unrecognised(number, grid[0]!);
  const headerTexts = header.cells.filter((cell) => cell.first).map((cell) => cell.content.text);
  const layout = header.cells.every((cell) => cell.first) ? recogniseHeader(headerTexts) : null;
  if (!layout) return unrecognised(number, header);

  const width = layout.roles.length;
  const items: TableItem[] = [];
  const problems: ImportProblem[] = [];
  const problem = (row: number, text: string) =>
    problems.push({ kind: 'row', table: number, row, message: `Tabel ${number}, rij ${row}: ${text}` });
  const headerKey = headerTexts.map(normalizeHeader).join('|');

  grid.forEach((gridRow, index) => {
    if (index === headerIndex) return;
    const row = index + 1;
    const skipped = skippedColumns?.[index] ?? 0;
    const texts = gridRow.cells.map((cell) => (cell.first ? cell.content.text : ''));
    if (texts.every((text) => text.trim() === '') && skipped === 0) return;
    if (gridRow.ownCells === 1 && gridRow.cells.length === width && !gridRow.cells[0]!.carried && skipped === 0) {
      items.push({ kind: 'heading', text: gridRow.cells[0]!.content.text.replace(/\s+/g, ' ').trim() });
      return;
    }
    if (index < headerIndex) return problem(row, `${kolommen(gridRow.cells.length)} vóór de kopregel; deze rij is niet ingelezen.`);
    if (skipped > 0) {
      return problem(
        row,
        `${kolommen(gridRow.cells.length)}, verwacht ${width}: de rij begint ${kolommen(skipped)} verder naar rechts (overgeslagen rastercellen); deze rij is niet ingelezen.`,
      );
    }
    if (gridRow.cells.length !== width) return problem(row, `${kolommen(gridRow.cells.length)}, verwacht ${width}; deze rij is niet ingelezen.`);
    if (gridRow.cells.some((cell) => cell.content.hasTable)) return problem(row, 'een cel bevat een tabel; deze rij is niet ingelezen.');
    if (texts.map(normalizeHeader).join('|') === headerKey) return;
    const read = readRow(gridRow, layout, row);
    if (read.row.title === '') return problem(row, `de kolom ${layout.resultIsTitle ? 'Resultaat' : 'Actie'} is leeg; deze rij is niet ingelezen.`);
    if (read.unknownStatus !== null) {
      problem(row, `status ‘${read.unknownStatus}’ is onbekend (kies uit: ${STATUS_CHOICES}); de status is niet ingelezen.`);
    }
    items.push({ kind: 'row', read: read.row });
  });
  return { items, problems };
}

function unrecognised(number: number, row: GridRow): TableRead {
  const columns = row.cells
    .filter((cell) => cell.first)
    .map((cell) => shorten(cell.content.text.replace(/\s+/g, ' ').trim()) || '(leeg)')
    .join(' | ');
  const message = `Tabel ${number} is niet herkend als actietabel (kolommen: ${columns}); de tabel is niet ingelezen.`;
  return { items: [], problems: [{ kind: 'table', table: number, message }] };
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function readRow(gridRow: GridRow, layout: TableLayout, row: number): { row: TableRowRead; unknownStatus: string | null } {
  const column = (role: ColumnRole): string | null => {
    const index = layout.roles.indexOf(role);
    if (index < 0) return null;
    const cell = gridRow.cells[index]!;
    return cell.first ? cell.content.text : '';
  };
  const result = column('result') ?? '';
  // A title is one line: Word may have wrapped it into paragraphs.
  const title = (layout.resultIsTitle ? result : (column('action') ?? '')).split('\n').join(' ').trim();
  const statusText = column('status');
  const fromColumn = statusText === null ? null : readStatusCell(statusText);
  const wanneer = readWanneerCell(column('planning') ?? '');
  const checked = wanneer.completed || isCheckCell(column('check') ?? '');
  // A Status column wins over the ✓; the mark is then only taken off for a completed action, so a
  // planning that happens to begin with ✓ survives.
  const status = fromColumn ?? (checked ? 'COMPLETED' : null);
  const planning = fromColumn && fromColumn !== 'COMPLETED' ? (column('planning') ?? '') : wanneer.planning;
  const notes = gridRow.cells.filter((cell) => cell.first).flatMap((cell) => cell.content.notes);
  return {
    row: {
      title,
      responsibleText: column('responsible'),
      status,
      result,
      planning,
      notes: notes.filter((note, i) => notes.findIndex((other) => other.id === note.id) === i),
      row,
    },
    unknownStatus: fromColumn === undefined ? statusText!.trim() : null,
  };
}
