import { z } from '@/lib/validation/dutch-zod';
import type { ReviewState } from '@/lib/review/review-states';
import { idField } from '@/lib/validation/fields';

/** The review page's review-state filter in its URL (?toon=klaar), in Dutch. */
export const REVIEW_FILTERS = {
  'nog-niet': 'NOT_STARTED',
  bezig: 'IN_PROGRESS',
  klaar: 'READY_FOR_REVIEW',
  goedgekeurd: 'APPROVED',
  teruggestuurd: 'RETURNED',
} as const satisfies Record<string, ReviewState>;

export type ReviewFilterKey = keyof typeof REVIEW_FILTERS;

/** `organisatie=geen`: the actions that name no organisation, which the ministry updates itself. */
export const NO_PARTNER = 'geen';

/** What the review page shows, read from its URL; a part that is missing or not understood is left out. */
export type ReviewFilter = {
  /** An organisation's id, or NO_PARTNER. */
  organisation?: number | typeof NO_PARTNER;
  lineId?: number;
  reviewState?: ReviewState;
  /** Against the previous published round; a new action counts as changed. */
  change?: 'gewijzigd' | 'ongewijzigd';
  overdue?: true;
  shifted?: true;
};

const parts = {
  organisatie: z.union([z.literal(NO_PARTNER), idField]),
  actielijn: idField,
  toon: z.enum(Object.keys(REVIEW_FILTERS) as [ReviewFilterKey, ...ReviewFilterKey[]]),
  wijziging: z.enum(['gewijzigd', 'ongewijzigd']),
  'over-tijd': z.literal('ja'),
  verschoven: z.literal('ja'),
};

export type ReviewSearchParams = Partial<Record<keyof typeof parts | string, string | string[] | undefined>>;

/**
 * The filter in the review page's URL (GET form, Dutch names: ?organisatie=3&toon=klaar&over-tijd=ja).
 * Each parameter is read on its own: an unknown one, a repeated one or a value that is not one of
 * the choices is ignored, never an error.
 */
export function parseReviewFilter(params: ReviewSearchParams): ReviewFilter {
  const read = <K extends keyof typeof parts>(name: K): z.output<(typeof parts)[K]> | undefined => {
    const parsed = parts[name].safeParse(params[name]);
    return parsed.success ? (parsed.data as z.output<(typeof parts)[K]>) : undefined;
  };
  const filter: ReviewFilter = {};
  const organisation = read('organisatie');
  if (organisation !== undefined) filter.organisation = organisation;
  const lineId = read('actielijn');
  if (lineId !== undefined) filter.lineId = lineId;
  const state = read('toon');
  if (state !== undefined) filter.reviewState = REVIEW_FILTERS[state];
  const change = read('wijziging');
  if (change !== undefined) filter.change = change;
  if (read('over-tijd')) filter.overdue = true;
  if (read('verschoven')) filter.shifted = true;
  return filter;
}

/** The URL parameters of a filter, the inverse of parseReviewFilter. */
export function reviewFilterParams(filter: ReviewFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.organisation !== undefined) params.set('organisatie', String(filter.organisation));
  if (filter.lineId !== undefined) params.set('actielijn', String(filter.lineId));
  if (filter.reviewState) {
    params.set('toon', Object.entries(REVIEW_FILTERS).find(([, state]) => state === filter.reviewState)![0]);
  }
  if (filter.change) params.set('wijziging', filter.change);
  if (filter.overdue) params.set('over-tijd', 'ja');
  if (filter.shifted) params.set('verschoven', 'ja');
  return params;
}
