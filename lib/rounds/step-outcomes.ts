import type { RoundState } from '@/lib/rounds/round-states';

/**
 * What the round page says after a step that replaces its own form (opening, closing, reopening):
 * the step's outcome travels in the address (`?stap=`), and is shown only while the round is still
 * in the state that step led to.
 */
export const STEP_OUTCOMES = {
  geopend: { state: 'OPEN', message: 'De ronde is open voor invoer.' },
  gesloten: { state: 'CLOSED', message: 'De ronde is gesloten: partners kunnen niet meer wijzigen.' },
  heropend: { state: 'OPEN', message: 'De ronde is weer open voor invoer: partners kunnen hun acties weer bijwerken.' },
} as const satisfies Record<string, { state: RoundState; message: string }>;

export type StepOutcome = keyof typeof STEP_OUTCOMES;

export function stepOutcomeUrl(roundId: number, outcome: StepOutcome): string {
  return `/beheer/rondes/${roundId}?stap=${outcome}`;
}

/** The outcome named by `?stap=`, when it fits the round's state; null otherwise. */
export function stepOutcomeFor(stap: unknown, state: RoundState): StepOutcome | null {
  if (typeof stap !== 'string' || !Object.hasOwn(STEP_OUTCOMES, stap)) return null;
  const outcome = stap as StepOutcome;
  return STEP_OUTCOMES[outcome].state === state ? outcome : null;
}
