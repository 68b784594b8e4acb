import { ACTION_STATUSES, STATUS_LABELS, type ActionStatus } from '@/lib/actions/status';

/**
 * The columns of a partner's workbook (and its CSV twin), in the order they are written. The
 * reader finds them by their header text, not their place, so a partner who moves a column loses
 * nothing. `id` and `versie` are hidden in the workbook: which entry a row is, and the version it
 * was downloaded at (a row of an older version than the current one is a conflict).
 */
export const WORKBOOK_COLUMNS = [
  { key: 'id', header: 'id', width: 8, editable: false },
  { key: 'version', header: 'versie', width: 8, editable: false },
  { key: 'line', header: 'Actielijn', width: 22, editable: false },
  { key: 'title', header: 'Actie', width: 40, editable: false },
  { key: 'responsible', header: 'Verantwoordelijk', width: 18, editable: false },
  { key: 'previousStatus', header: 'Vorige status', width: 14, editable: false },
  { key: 'previousResult', header: 'Vorige stand van zaken', width: 45, editable: false },
  { key: 'previousPlanning', header: 'Vorige planning', width: 18, editable: false },
  { key: 'status', header: 'Status', width: 18, editable: true },
  { key: 'result', header: 'Resultaat / stand van zaken', width: 60, editable: true },
  { key: 'planning', header: 'Planning', width: 22, editable: true },
] as const;

export type ColumnKey = (typeof WORKBOOK_COLUMNS)[number]['key'];

/** Without these a row cannot be read; the others are for the reader of the workbook only. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['id', 'version', 'status', 'result', 'planning'];

export const WORKBOOK_SHEET = 'Acties';
export const INSTRUCTIONS_SHEET = 'Uitleg';

/** A row as read from the file: its number as the spreadsheet shows it, and its cells as text. */
export type SheetRow = { row: number; cells: Partial<Record<ColumnKey, string>> };

/** What a reader found: the rows under the header, and what it could not read in the file. */
export type SheetRows = { rows: SheetRow[]; problems: string[] };

export function columnHeader(key: ColumnKey): string {
  return WORKBOOK_COLUMNS.find((column) => column.key === key)!.header;
}

function normaliseHeader(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/\s*\/\s*/g, ' / ').trim();
}

const BY_HEADER = new Map<string, ColumnKey>(WORKBOOK_COLUMNS.map((column) => [normaliseHeader(column.header), column.key]));

/**
 * Where each known column is in a header row (by its text, any order), and the Dutch problem for
 * each required one that is missing or appears twice.
 */
export function locateColumns(headers: string[]): { places: Map<ColumnKey, number>; problems: string[] } {
  const places = new Map<ColumnKey, number>();
  const problems: string[] = [];
  headers.forEach((header, index) => {
    const key = BY_HEADER.get(normaliseHeader(header));
    if (!key) return;
    if (places.has(key)) problems.push(`De kolom ‘${columnHeader(key)}’ staat twee keer in de eerste rij; laat er één staan.`);
    else places.set(key, index);
  });
  for (const key of REQUIRED_COLUMNS) {
    if (!places.has(key)) problems.push(`De kolom ‘${columnHeader(key)}’ ontbreekt in de eerste rij. Download de werkmap opnieuw en verander de kolomkoppen niet.`);
  }
  return { places, problems };
}

const BY_LABEL = new Map<string, ActionStatus>(
  ACTION_STATUSES.flatMap((status) => [
    [STATUS_LABELS[status].toLowerCase(), status],
    [status.toLowerCase(), status],
  ]),
);

/** A status as the workbook writes it (its Dutch label, any case), as its code; else the text as given. */
export function statusFromLabel(text: string): string {
  return BY_LABEL.get(text.trim().toLowerCase()) ?? text.trim();
}

/** The labels the status column's dropdown offers, in the scale's order. */
export const STATUS_OPTIONS = ACTION_STATUSES.map((status) => STATUS_LABELS[status]);
