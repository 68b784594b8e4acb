import type { ActionStatus } from '@/lib/actions/status';
import type { ImportState } from '@/lib/generated/prisma/client';
import type { TextPart } from '@/lib/plans/compare-rows';

/**
 * What uploading a partner's workbook (.xlsx or .csv) would save, row by row, before anything is
 * saved: the contract between the workbook's use cases (lib/import/workbook) and its preview page.
 */

/**
 * change: saved when applied. unchanged: the same as the current version. conflict: based on an
 * older version than the current one (shown beside the current text, never saved over it).
 * refused: an entry the uploader may not edit (not theirs, approved, round not open). invalid: the
 * row breaks the update's rules (the same zod schema as the form).
 */
export type WorkbookRowOutcome = 'change' | 'unchanged' | 'conflict' | 'refused' | 'invalid';

export type WorkbookPreviewRow = {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  entryId: number | null;
  /** As the workbook says (its locked columns); the entry's own when it was found. */
  actionTitle: string;
  lineCode: string | null;
  outcome: WorkbookRowOutcome;
  /** Dutch, naming row and column: "Rij 5, kolom Status: kies een status uit de lijst." */
  messages: string[];
  /** What the row would save; null for a refused or invalid row. */
  proposed: { status: ActionStatus; result: string; planning: string } | null;
  /** Word diff per cell against the current version; null where the cell is unchanged. */
  diff: { status: { from: ActionStatus; to: ActionStatus } | null; result: TextPart[] | null; planning: TextPart[] | null };
  /** The version the row was based on, and the current one (they differ in a conflict). */
  baseVersion: number | null;
  current: { version: number; savedBy: string | null; savedAt: Date; status: ActionStatus; result: string; planning: string } | null;
};

export type WorkbookPreview = {
  importId: number;
  fileName: string;
  format: 'xlsx' | 'csv';
  uploadedAt: Date;
  uploadedBy: string | null;
  state: ImportState;
  round: { id: number; title: string; state: 'DRAFT' | 'OPEN' | 'CLOSED' | 'PUBLISHED' };
  plan: { id: number; slug: string; title: string };
  rows: WorkbookPreviewRow[];
  counts: Record<WorkbookRowOutcome, number>;
  /** About the file as a whole (a missing column, another round's workbook), Dutch. */
  problems: string[];
  /**
   * What this preview showed, row by row (outcome and current version). Post it back with the
   * apply: when anything differs by then (someone saved an entry meanwhile), nothing is saved
   * and the rows are named, so the editor looks again before saving.
   */
  previewKey: string;
};
