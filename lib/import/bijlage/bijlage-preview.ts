import type { ActionStatus } from '@/lib/actions/status';
import type { ImportState } from '@/lib/generated/prisma/client';
import type { ImportProblem, ParsedFootnote } from '@/lib/import/bijlage/parsed-bijlage';
import type { TextPart } from '@/lib/plans/compare-rows';

/**
 * What importing a bijlage would do, row by row, before anything is written: the contract between
 * the import's use cases (previewBijlageImport, applyBijlageImport in lib/import/bijlage) and the
 * preview page. Computed again from the stored file on every view, with the editor's choices.
 */

/** What the editor chose for a row: an action of the plan (its id), a new action, or leaving the row out. */
export type RowChoice = number | 'new' | 'skip';

/** The editor's choices by row index (`BijlagePreviewRow.index`); a row without one takes its proposed match. */
export type BijlageChoices = Record<number, RowChoice>;

/** A heading of the document and the plan's line it will report under. */
export type PreviewLine = {
  index: number;
  /** As the document wrote it. */
  text: string;
  code: string | null;
  title: string;
  /** The plan's line with that code (or, without a code, that title); null: a new line is created. */
  line: { id: number; code: string; title: string } | null;
};

/** An action of the plan a row could be, with its similarity to the row (1 = the same title). */
export type MatchCandidate = { actionId: number; title: string; lineCode: string; score: number };

export type BijlagePreviewRow = {
  /** Index into the parsed rows: the key of `BijlageChoices`. */
  index: number;
  /** Where the row is in the document (1-based; the header row is row 1). */
  table: number;
  row: number;
  /** Index into `lines`; null for a row before any heading (it needs a chosen action). */
  lineIndex: number | null;
  title: string;
  status: ActionStatus;
  /** False when the document says nothing about the status (no ✓, no Status column) and the previous one is kept. */
  statusFromDocument: boolean;
  result: string;
  planning: string;
  responsibleText: string | null;
  footnotes: ParsedFootnote[];
  /** The proposed match: the same title under the same line (exact), the most similar one above the threshold (fuzzy), or none. */
  proposed: { kind: 'exact' | 'fuzzy'; actionId: number; score: number } | { kind: 'new' };
  /** The best candidates for the editor's choice, most similar first. */
  candidates: MatchCandidate[];
  /** The proposal with the editor's choice applied. */
  chosen: RowChoice;
  /** The chosen action in the latest published round before the target round, null for none or a new action. */
  previous: { roundTitle: string; status: ActionStatus; result: string; planning: string } | null;
  /** Word diff against `previous` (all added when there is none). */
  diff: { statusChanged: boolean; result: TextPart[]; planning: TextPart[] };
  /**
   * What applying does: create a new action (and its entry), write the entry of an existing action,
   * leave it unchanged (the target round already says exactly this), or skip the row.
   */
  effect: 'create' | 'update' | 'unchanged' | 'skip';
};

export type BijlagePreview = {
  importId: number;
  fileName: string;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
  state: ImportState;
  plan: { id: number; slug: string; title: string };
  target:
    | { kind: 'existing'; roundId: number; key: string; title: string; state: 'DRAFT' | 'OPEN' | 'CLOSED' | 'PUBLISHED' }
    | { kind: 'new'; title: string; date: string };
  /** An earlier upload of the same file (same SHA-256) already applied to this round, if any. */
  appliedBefore: { importId: number; at: Date; by: string | null } | null;
  lines: PreviewLine[];
  rows: BijlagePreviewRow[];
  problems: ImportProblem[];
  /**
   * Choices that cannot be imported as they stand (an action chosen for two rows, a new action with
   * no line to go under, a chosen action not of this plan), in Dutch; the import refuses while any remain.
   */
  choiceProblems: string[];
  counts: { create: number; update: number; unchanged: number; skip: number; newLines: number };
  /** Plan actions no row is matched to: they are not in this document (shown, not changed). */
  unmatchedActions: { actionId: number; title: string; lineCode: string }[];
};
