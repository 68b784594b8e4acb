import type { ReviewState as DatabaseReviewState } from '@/lib/generated/prisma/client';

/** Where an entry stands in the ministry's review (the database enum, for components). */
export type ReviewState = DatabaseReviewState;

export const REVIEW_STATES = ['NOT_STARTED', 'IN_PROGRESS', 'READY_FOR_REVIEW', 'APPROVED', 'RETURNED'] as const satisfies readonly ReviewState[];

/** Dutch labels of where an entry stands in the review. */
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  NOT_STARTED: 'nog niet bijgewerkt',
  IN_PROGRESS: 'in bewerking',
  READY_FOR_REVIEW: 'klaar voor controle',
  APPROVED: 'goedgekeurd',
  RETURNED: 'teruggestuurd',
};
