import type { WorkbookRowOutcome } from '@/lib/import/workbook/workbook-preview';

/** The outcomes' Dutch names, in the order the preview lists them: what needs attention first. */
export const OUTCOME_ORDER: readonly WorkbookRowOutcome[] = ['invalid', 'conflict', 'refused', 'change', 'unchanged'];

export const OUTCOME_LABELS: Record<WorkbookRowOutcome, string> = {
  change: 'wordt opgeslagen',
  unchanged: 'ongewijzigd',
  conflict: 'conflict',
  refused: 'geweigerd',
  invalid: 'ongeldig',
};

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "Opslaan (2 acties)": what the button saves. */
export function saveLabel(changes: number): string {
  return `Opslaan (${plural(changes, 'actie', 'acties')})`;
}

/** After saving: how many rows were saved and what happened to the rest. */
export function appliedWorkbookMessage(outcome: { saved: number; unchanged: number; conflicts: number; refused: number; invalid: number }): string {
  const rest = [
    outcome.unchanged > 0 && `${outcome.unchanged} ongewijzigd`,
    outcome.conflicts > 0 && plural(outcome.conflicts, 'conflict', 'conflicten'),
    outcome.refused > 0 && `${outcome.refused} geweigerd`,
    outcome.invalid > 0 && `${outcome.invalid} ongeldig`,
  ].filter(Boolean);
  const saved = outcome.saved === 0 ? 'Er is niets opgeslagen' : `${plural(outcome.saved, 'actie is', 'acties zijn')} opgeslagen`;
  return `${saved}${rest.length > 0 ? `; ${rest.join(', ')} (niet opgeslagen)` : ''}.`;
}
