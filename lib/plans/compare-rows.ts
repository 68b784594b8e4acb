import { diffWords } from 'diff';
import type { ActionRow } from '@/lib/plans/round-rows';

export const CHANGE_KINDS = ['NEW', 'CHANGED', 'UNCHANGED', 'REMOVED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  NEW: 'nieuw',
  CHANGED: 'gewijzigd',
  UNCHANGED: 'ongewijzigd',
  REMOVED: 'niet meer gerapporteerd',
};

export type TextPart = { text: string; kind: 'same' | 'added' | 'removed' };

const TEXT_FIELDS = [
  { field: 'title', label: 'Actie' },
  { field: 'result', label: 'Resultaat / stand van zaken' },
  { field: 'planning', label: 'Wanneer' },
] as const;

export type FieldDiff = { field: (typeof TEXT_FIELDS)[number]['field']; label: string; parts: TextPart[] };

export type ActionChange = {
  kind: ChangeKind;
  actionId: number;
  /** The row in the compared round, or in the previous one for actions no longer reported. */
  row: ActionRow;
  previous: ActionRow | null;
  statusChanged: boolean;
  /** Word-by-word differences of the texts that changed. */
  textChanges: FieldDiff[];
};

/**
 * Compares what two rounds report, action by action: new, changed (status and/or text),
 * unchanged, or no longer reported. Order: the current round's order, then removed actions in
 * the previous round's order.
 */
export function compareRows(previousRows: ActionRow[], currentRows: ActionRow[]): ActionChange[] {
  const previousById = new Map(previousRows.map((row) => [row.actionId, row]));
  const currentIds = new Set(currentRows.map((row) => row.actionId));
  const compared = currentRows.map((row) => compareRow(previousById.get(row.actionId) ?? null, row));
  const removed = previousRows
    .filter((row) => !currentIds.has(row.actionId))
    .map((row): ActionChange => ({ kind: 'REMOVED', actionId: row.actionId, row, previous: row, statusChanged: false, textChanges: [] }));
  return [...compared, ...removed];
}

function compareRow(previous: ActionRow | null, row: ActionRow): ActionChange {
  if (!previous) return { kind: 'NEW', actionId: row.actionId, row, previous, statusChanged: false, textChanges: [] };
  const statusChanged = previous.status !== row.status;
  const textChanges = TEXT_FIELDS.filter(({ field }) => normalise(previous[field]) !== normalise(row[field])).map(
    ({ field, label }) => ({ field, label, parts: wordDiff(previous[field], row[field]) }),
  );
  const kind = statusChanged || textChanges.length > 0 ? 'CHANGED' : 'UNCHANGED';
  return { kind, actionId: row.actionId, row, previous, statusChanged, textChanges };
}

/** Whitespace differences (PDF line wraps) are not changes. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function wordDiff(before: string, after: string): TextPart[] {
  return diffWords(normalise(before), normalise(after)).map((part) => ({
    text: part.value,
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

export function countChanges(changes: ActionChange[]): Record<ChangeKind, number> {
  const counts = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, 0])) as Record<ChangeKind, number>;
  for (const change of changes) counts[change.kind]++;
  return counts;
}
