import type { ActionStatus } from '@/lib/actions/status';
import type { BijlagePreview, BijlagePreviewRow, RowChoice } from '@/lib/import/bijlage/bijlage-preview';
import type { ImportProblem } from '@/lib/import/bijlage/parsed-bijlage';

/**
 * The preview of a bijlage import as the command line prints it (`npm run import`): a stable,
 * documented JSON shape for scripts and tests, independent of how the preview page shows it.
 *
 * - `format` / `version`: "voortgang-bijlage-preview", 1. A change that breaks readers raises the version.
 * - Dates are ISO 8601 (`uploadedAt`, `appliedBefore.at`), round dates YYYY-MM-DD.
 * - Scores are similarities from 0 to 1, rounded to 3 decimals (1: the same title).
 * - A row's `chosen` is an action id, "nieuw" or "overslaan": the same words `--choice` takes.
 * - `effect` per row: create (a new action), update (its entry in the round is written),
 *   unchanged (the round already says exactly this), skip (left out).
 * - `newActions` and `newLines` repeat the rows and headings that create something, for a quick look;
 *   the word diffs of the preview page are left out, `changed` says which fields differ from `previous`.
 */
export const PREVIEW_JSON_FORMAT = { format: 'voortgang-bijlage-preview', version: 1 } as const;

export type ChoiceJson = number | 'nieuw' | 'overslaan';

export type PreviewRowJson = {
  index: number;
  table: number;
  row: number;
  /** The code of the plan's line (or the document's heading code for a new line); null before any heading. */
  line: string | null;
  title: string;
  status: ActionStatus;
  statusFromDocument: boolean;
  result: string;
  planning: string;
  responsible: string | null;
  footnotes: { marker: string; text: string; kamerstukken: string[] }[];
  match: { kind: 'exact' | 'fuzzy'; actionId: number; score: number } | { kind: 'nieuw' };
  candidates: { actionId: number; title: string; line: string; score: number }[];
  chosen: ChoiceJson;
  effect: BijlagePreviewRow['effect'];
  previous: { round: string; status: ActionStatus; result: string; planning: string } | null;
  changed: { status: boolean; result: boolean; planning: boolean };
};

export type BijlagePreviewJson = typeof PREVIEW_JSON_FORMAT & {
  import: { id: number; fileName: string; sha256: string; uploadedAt: string; uploadedBy: string | null; state: string };
  plan: { slug: string; title: string };
  target: { kind: 'bestaand'; key: string; title: string; state: string } | { kind: 'nieuw'; title: string; date: string };
  appliedBefore: { importId: number; at: string; by: string | null } | null;
  /** `problems`: the document's problems and the choice problems together. */
  counts: BijlagePreview['counts'] & { rows: number; problems: number };
  lines: { index: number; text: string; code: string | null; title: string; existing: { code: string; title: string } | null }[];
  rows: PreviewRowJson[];
  newActions: { index: number; line: string | null; title: string }[];
  newLines: { index: number; code: string | null; title: string }[];
  problems: ImportProblem[];
  /** Choices the import refuses while they remain (Dutch): an action chosen twice, a new action without a line. */
  choiceProblems: string[];
  unmatchedActions: { actionId: number; title: string; line: string }[];
};

/** A choice in the command line's words. */
export function choiceToJson(choice: RowChoice): ChoiceJson {
  return choice === 'new' ? 'nieuw' : choice === 'skip' ? 'overslaan' : choice;
}

const score = (value: number) => Math.round(value * 1000) / 1000;

export function previewToJson(preview: BijlagePreview): BijlagePreviewJson {
  const lineCode = (lineIndex: number | null): string | null => {
    if (lineIndex === null) return null;
    const line = preview.lines[lineIndex];
    return line ? (line.line?.code ?? line.code) : null;
  };
  const rows = preview.rows.map((row): PreviewRowJson => ({
    index: row.index,
    table: row.table,
    row: row.row,
    line: lineCode(row.lineIndex),
    title: row.title,
    status: row.status,
    statusFromDocument: row.statusFromDocument,
    result: row.result,
    planning: row.planning,
    responsible: row.responsibleText,
    footnotes: row.footnotes.map((note) => ({ marker: note.marker, text: note.text, kamerstukken: note.kamerstukken })),
    match: row.proposed.kind === 'new' ? { kind: 'nieuw' } : { kind: row.proposed.kind, actionId: row.proposed.actionId, score: score(row.proposed.score) },
    candidates: row.candidates.map((c) => ({ actionId: c.actionId, title: c.title, line: c.lineCode, score: score(c.score) })),
    chosen: choiceToJson(row.chosen),
    effect: row.effect,
    previous: row.previous && { round: row.previous.roundTitle, status: row.previous.status, result: row.previous.result, planning: row.previous.planning },
    changed: {
      status: row.diff.statusChanged,
      result: row.diff.result.some((part) => part.kind !== 'same'),
      planning: row.diff.planning.some((part) => part.kind !== 'same'),
    },
  }));
  return {
    ...PREVIEW_JSON_FORMAT,
    import: {
      id: preview.importId,
      fileName: preview.fileName,
      sha256: preview.sha256,
      uploadedAt: preview.uploadedAt.toISOString(),
      uploadedBy: preview.uploadedBy,
      state: preview.state,
    },
    plan: { slug: preview.plan.slug, title: preview.plan.title },
    target:
      preview.target.kind === 'existing'
        ? { kind: 'bestaand', key: preview.target.key, title: preview.target.title, state: preview.target.state }
        : { kind: 'nieuw', title: preview.target.title, date: preview.target.date },
    appliedBefore: preview.appliedBefore && {
      importId: preview.appliedBefore.importId,
      at: preview.appliedBefore.at.toISOString(),
      by: preview.appliedBefore.by,
    },
    counts: { ...preview.counts, rows: preview.rows.length, problems: preview.problems.length + preview.choiceProblems.length },
    lines: preview.lines.map((line) => ({
      index: line.index,
      text: line.text,
      code: line.code,
      title: line.title,
      existing: line.line && { code: line.line.code, title: line.line.title },
    })),
    rows,
    newActions: rows.filter((row) => row.effect === 'create').map((row) => ({ index: row.index, line: row.line, title: row.title })),
    newLines: preview.lines.filter((line) => line.line === null).map((line) => ({ index: line.index, code: line.code, title: line.title })),
    problems: preview.problems,
    choiceProblems: preview.choiceProblems,
    unmatchedActions: preview.unmatchedActions.map((a) => ({ actionId: a.actionId, title: a.title, line: a.lineCode })),
  };
}
