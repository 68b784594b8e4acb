/**
 * How large an upload may be, before and after unpacking. A .docx and an .xlsx are zip files: a
 * few kilobytes can unpack to gigabytes (a zip bomb), so the entries and their unpacked sizes are
 * counted while unpacking, not taken from the archive's own claims. The limits are far above the
 * ministry's largest bijlage (about 60 pages) and a partner's workbook of a 2,000-action round.
 */
export const IMPORT_LIMITS = {
  /** The file as uploaded. */
  fileBytes: 10 * 1024 * 1024,
  /** Files inside a .docx or .xlsx. */
  zipEntries: 1_000,
  /** All files inside together, unpacked. */
  expandedBytes: 100 * 1024 * 1024,
  /** Table rows of a bijlage, all tables together. */
  bijlageRows: 5_000,
  /** Rows of a workbook or CSV, its header not counted. */
  workbookRows: 5_000,
  /** Cells of a workbook's sheet (rows × columns used). */
  workbookCells: 100_000,
} as const;

/** "10 MB": a limit as the messages name it. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
