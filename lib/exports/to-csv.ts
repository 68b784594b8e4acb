import { stringify } from 'csv-stringify/sync';
import { conceptLabel } from '@/lib/exports/concept-stamp';
import { toExportRows } from '@/lib/exports/export-rows';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';
import { organisationsText } from '@/lib/organisations/organisations-text';

/** CSV as Dutch spreadsheets read it: `;` between cells, CRLF lines, no cell Excel would run as a formula. */
export const DUTCH_CSV = { delimiter: ';', record_delimiter: '\r\n', escape_formulas: true } as const;

export const CSV_COLUMNS = [
  'Actielijn',
  'Actie',
  'Verantwoordelijk',
  'Status',
  'Resultaat / stand van zaken',
  'Wanneer',
  'Deadline van',
  'Deadline tot',
  'Over tijd',
  'Termijn verschoven (maanden)',
  'Vorige einddatum',
] as const;

export type CsvOptions = {
  /** `;` by default (see below); `,` for spreadsheets with English regional settings. */
  delimiter?: ';' | ',';
  /** A concept's generation time: every record then starts with a column Concept saying so. */
  concept?: Date;
};

/**
 * The round as a spreadsheet, RFC 4180 (CRLF, quotes where needed), UTF-8 with a byte-order mark.
 * Separator `;`: Excel with Dutch regional settings uses the comma as decimal separator and only
 * splits a double-clicked CSV into columns on a semicolon. The BOM makes it read ë and ï as UTF-8.
 * Cells starting with = + - @ get a leading apostrophe, so Excel never runs text as a formula.
 * A concept keeps the same columns after a first one, Concept, so a program reading a concept
 * reads it as it will read the published file, and no row can pass for published on its own.
 */
export function toCsv(overview: PlanOverview, options: CsvOptions = {}): string {
  const concept = options.concept ? [conceptLabel(options.concept)] : [];
  const header = [...(options.concept ? ['Concept'] : []), ...CSV_COLUMNS];
  const records = toExportRows(overview).map((row) => [
    ...concept,
    `${row.line.label}: ${row.line.title}`,
    row.title,
    organisationsText(row.responsible.map((organisation) => organisation.abbreviation)),
    row.statusLabel,
    row.result,
    row.planning,
    row.deadline.start ?? '',
    row.deadline.end ?? '',
    row.overdue ? 'ja' : 'nee',
    row.deadline.shift ? String(row.deadline.shift.months) : '',
    row.deadline.shift?.previousEnd ?? '',
  ]);
  return stringify([header, ...records], { ...DUTCH_CSV, bom: true, delimiter: options.delimiter ?? DUTCH_CSV.delimiter });
}
