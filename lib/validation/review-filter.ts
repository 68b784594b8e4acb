import { z } from '@/lib/validation/dutch-zod';
import type { ReviewState } from '@/lib/review/review-states';

/** The review page's filter in its URL (?toon=klaar), in Dutch. */
export const REVIEW_FILTERS = {
  'nog-niet': 'NOT_STARTED',
  bezig: 'IN_PROGRESS',
  klaar: 'READY_FOR_REVIEW',
  goedgekeurd: 'APPROVED',
  teruggestuurd: 'RETURNED',
} as const satisfies Record<string, ReviewState>;

export const reviewFilterSchema = z
  .enum(Object.keys(REVIEW_FILTERS) as [keyof typeof REVIEW_FILTERS, ...(keyof typeof REVIEW_FILTERS)[]])
  .optional();
