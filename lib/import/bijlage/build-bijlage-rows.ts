import type { ActionStatus } from '@/lib/actions/status';
import type { BijlageChoices, BijlagePreviewRow, PreviewLine, RowChoice } from '@/lib/import/bijlage/bijlage-preview';
import { matchBijlageRows, matchHeadings } from '@/lib/import/bijlage/match-bijlage-rows';
import type { ParsedBijlage, ParsedBijlageRow, ParsedFootnote } from '@/lib/import/bijlage/parsed-bijlage';
import { wordDiff } from '@/lib/plans/compare-rows';
import { importedTextProblems } from '@/lib/import/bijlage/check-imported-texts';

/**
 * From a parsed bijlage, the plan and the editor's choices to what importing would do, row by row.
 * Pure: previewBijlageImport shows it, applyBijlageImport computes it again in its transaction and
 * writes it.
 *
 * Status: the document's (a ✓ or a Status column); where it says nothing, the action's status in
 * the previous published round, else IN_PROGRESS when the result has text, else NOT_STARTED
 * (`statusFromDocument: false`).
 *
 * Footnotes: kept in the result, after its text, one line each as "[1] Kamerstukken II …", so
 * nothing of the document is lost (the app's own bijlage carries them as that text, and reads back the same).
 */
export type PlanForRows = {
  lines: { id: number; code: string; title: string; parentId: number | null }[];
  actions: { id: number; lineId: number; title: string; discontinuedAt: Date | null }[];
  previous: Map<number, { round: { title: string }; update: { status: ActionStatus; result: string; planning: string } }>;
  targetEntries: Map<number, { title: string; status: ActionStatus; result: string; planning: string }>;
};

export type BuiltRows = {
  lines: PreviewLine[];
  rows: BijlagePreviewRow[];
  /** Choices that cannot be imported (an action twice, a new action outside any line): apply refuses them. */
  choiceProblems: string[];
  unmatchedActions: { actionId: number; title: string; lineCode: string }[];
};

export function buildBijlageRows(parsed: ParsedBijlage, plan: PlanForRows, choices: BijlageChoices = {}): BuiltRows {
  const headingLines = matchHeadings(parsed.headings, plan.lines);
  const lines: PreviewLine[] = parsed.headings.map((heading, index) => ({
    index,
    text: heading.text,
    code: heading.code,
    title: heading.title,
    line: headingLines[index] ? { id: headingLines[index].id, code: headingLines[index].code, title: headingLines[index].title } : null,
  }));
  const matches = matchBijlageRows(
    parsed.rows,
    headingLines.map((line) => line?.id ?? null),
    plan.actions.map((action) => ({ ...action, discontinued: action.discontinuedAt !== null })),
  );
  const actionsById = new Map(plan.actions.map((action) => [action.id, action]));
  const lineCode = new Map(plan.lines.map((line) => [line.id, line.code]));
  const problems = unknownChoices(choices, parsed.rows.length);

  const rows = parsed.rows.map((row, index): BijlagePreviewRow => {
    const match = matches[index]!;
    const proposedChoice: RowChoice = match.proposed.kind === 'new' ? 'new' : match.proposed.actionId;
    const chosen = choices[index] ?? proposedChoice;
    const where = `Tabel ${row.table}, rij ${row.row}`;
    if (typeof chosen === 'number' && !actionsById.has(chosen)) problems.push(`${where}: kies een actie van dit plan.`);
    if (chosen === 'new' && !canCreateUnder(row.headingIndex, lines)) {
      problems.push(`${where} staat niet onder een actielijn met een nummer: kies een bestaande actie of sla de rij over.`);
    }
    const previousEntry = typeof chosen === 'number' ? plan.previous.get(chosen) : undefined;
    const result = resultWithFootnotes(row.result, row.footnotes);
    const status = row.status ?? previousEntry?.update.status ?? (result.trim() !== '' ? 'IN_PROGRESS' : 'NOT_STARTED');
    const previous = previousEntry ? { roundTitle: previousEntry.round.title, ...pick(previousEntry.update) } : null;
    return {
      index,
      table: row.table,
      row: row.row,
      lineIndex: row.headingIndex,
      title: row.title,
      status,
      statusFromDocument: row.status !== null,
      result,
      planning: row.planning,
      responsibleText: row.responsibleText,
      footnotes: row.footnotes,
      proposed: match.proposed,
      candidates: match.candidates.map((candidate) => {
        const action = actionsById.get(candidate.actionId)!;
        return { ...candidate, title: action.title, lineCode: lineCode.get(action.lineId) ?? '' };
      }),
      chosen,
      previous,
      diff: {
        statusChanged: previous !== null && previous.status !== status,
        result: wordDiff(previous?.result ?? '', result),
        planning: wordDiff(previous?.planning ?? '', row.planning),
      },
      effect: effectOf(chosen, plan.targetEntries, { title: row.title, status, result, planning: row.planning }),
    };
  });

  problems.push(...duplicateChoices(rows, actionsById));
  problems.push(...importedTextProblems(rows.filter((row) => row.chosen !== 'skip')));
  const chosenIds = new Set(rows.map((row) => row.chosen).filter((chosen) => typeof chosen === 'number'));
  const unmatchedActions = plan.actions
    .filter((action) => action.discontinuedAt === null && !chosenIds.has(action.id))
    .map((action) => ({ actionId: action.id, title: action.title, lineCode: lineCode.get(action.lineId) ?? '' }));
  return { lines, rows, choiceProblems: problems, unmatchedActions };
}

/** The result as stored: the document's text, then each footnote on a line of its own. */
export function resultWithFootnotes(result: string, footnotes: readonly ParsedFootnote[]): string {
  const notes = footnotes.map((note) => `[${note.marker}] ${note.text}`);
  return [result, ...notes].filter((part) => part !== '').join('\n');
}

function pick(update: { status: ActionStatus; result: string; planning: string }) {
  return { status: update.status, result: update.result, planning: update.planning };
}

/** A new action needs a line: the heading's, or one created from a heading with a code. */
function canCreateUnder(headingIndex: number | null, lines: readonly PreviewLine[]): boolean {
  if (headingIndex === null) return false;
  const heading = lines[headingIndex]!;
  return heading.line !== null || heading.code !== null;
}

function effectOf(
  chosen: RowChoice,
  targetEntries: PlanForRows['targetEntries'],
  content: { title: string; status: ActionStatus; result: string; planning: string },
): BijlagePreviewRow['effect'] {
  if (chosen === 'skip') return 'skip';
  if (chosen === 'new') return 'create';
  const current = targetEntries.get(chosen);
  const same =
    current &&
    current.title === content.title &&
    current.status === content.status &&
    current.result === content.result &&
    current.planning === content.planning;
  return same ? 'unchanged' : 'update';
}

function unknownChoices(choices: BijlageChoices, rowCount: number): string[] {
  return Object.keys(choices)
    .filter((key) => !/^\d+$/.test(key) || Number(key) >= rowCount)
    .map((key) => `Rij ‘${key.slice(0, 20)}’ staat niet in dit document.`);
}

function duplicateChoices(rows: readonly BijlagePreviewRow[], actionsById: Map<number, { title: string }>): string[] {
  const byAction = new Map<number, BijlagePreviewRow[]>();
  for (const row of rows) if (typeof row.chosen === 'number') byAction.set(row.chosen, [...(byAction.get(row.chosen) ?? []), row]);
  return [...byAction]
    .filter(([, twice]) => twice.length > 1)
    .map(([actionId, twice]) => {
      const where = twice.map((row) => `tabel ${row.table}, rij ${row.row}`).join(' en ');
      return `De actie ‘${actionsById.get(actionId)?.title ?? actionId}’ is gekozen voor ${where}: kies voor elke rij een andere actie, ‘nieuw’ of ‘overslaan’.`;
    });
}

export type { ParsedBijlageRow };
