import type { RoundState as DatabaseRoundState } from '@/lib/generated/prisma/client';

/** concept, open, closed or published (the database enum, for components). */
export type RoundState = DatabaseRoundState;

/** concept → open voor invoer → gesloten → gepubliceerd. */
export const ROUND_STATE_LABELS: Record<RoundState, string> = {
  DRAFT: 'concept',
  OPEN: 'open voor invoer',
  CLOSED: 'gesloten',
  PUBLISHED: 'gepubliceerd',
};

export type RoundTransition = 'open' | 'close' | 'publish';

/** The next step of a round in each state, with the permission it takes and its button text. */
export const NEXT_TRANSITION: Partial<Record<RoundState, { transition: RoundTransition; label: string }>> = {
  DRAFT: { transition: 'open', label: 'Openen voor invoer' },
  OPEN: { transition: 'close', label: 'Sluiten voor invoer' },
  CLOSED: { transition: 'publish', label: 'Publiceren' },
};
