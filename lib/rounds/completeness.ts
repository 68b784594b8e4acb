import { isOverdue } from '@/lib/actions/overdue';
import { FINAL_STATUSES, type ActionStatus } from '@/lib/actions/status';
import { findDeadlineShift, type DeadlineShift } from '@/lib/deadlines/deadline-shift';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import type { ReviewState } from '@/lib/review/review-states';

/**
 * What is still missing in a round before it is published, per entry: the completeness check of
 * the publish step and of the ministry's dashboard. Pure: the loaders bring the rows.
 */
export const COMPLETENESS_CATEGORIES = [
  'unchanged',
  'notReady',
  'notApproved',
  'returned',
  'overdueWithoutPlanning',
  'deadlineShifted',
  'planningWithoutDate',
] as const;

export type CompletenessCategory = (typeof COMPLETENESS_CATEGORIES)[number];

/** Dutch labels, as the publish step and the dashboard name the categories. */
export const COMPLETENESS_LABELS: Record<CompletenessCategory, string> = {
  unchanged: 'ongewijzigd sinds de vorige rapportage',
  notReady: 'niet klaar voor controle',
  notApproved: 'klaar voor controle, niet goedgekeurd',
  returned: 'teruggestuurd en niet opnieuw ingediend',
  overdueWithoutPlanning: 'over tijd zonder nieuwe planning',
  deadlineShifted: 'termijn verschoven',
  planningWithoutDate: 'planning zonder datum',
};

/** Where an item is fixed: the text (the entry's edit page) or the review (approve, wait for the partner). */
export const COMPLETENESS_FIXED_IN: Record<CompletenessCategory, 'text' | 'review'> = {
  unchanged: 'text',
  notReady: 'review',
  notApproved: 'review',
  returned: 'review',
  overdueWithoutPlanning: 'text',
  deadlineShifted: 'text',
  planningWithoutDate: 'text',
};

export type CompletenessText = { status: ActionStatus; result: string; planning: string; deadline: DeadlineRange };

export type CompletenessInput = {
  reviewState: ReviewState;
  /** Marked *niet meer rapporteren*: such an entry is never reported as missing anything. */
  discontinued: boolean;
  current: CompletenessText;
  /** The action's update in the previous published round; null for an action new in this round. */
  previous: CompletenessText | null;
};

export type OpenItem =
  | { category: Exclude<CompletenessCategory, 'deadlineShifted'> }
  | { category: 'deadlineShifted'; shift: DeadlineShift };

export type CategoryCount = { category: CompletenessCategory; count: number };

const same = (a: string, b: string) => a.trim() === b.trim();

/** The open items of one entry, in the order of COMPLETENESS_CATEGORIES; `roundDate` is ISO. */
export function openItemsOf(entry: CompletenessInput, roundDate: string): OpenItem[] {
  if (entry.discontinued) return [];
  const { current, previous } = entry;
  const items: OpenItem[] = [];
  const samePlanning = previous !== null && same(previous.planning, current.planning);
  if (previous && previous.status === current.status && same(previous.result, current.result) && samePlanning) {
    items.push({ category: 'unchanged' });
  }
  if (entry.reviewState === 'NOT_STARTED' || entry.reviewState === 'IN_PROGRESS') items.push({ category: 'notReady' });
  if (entry.reviewState === 'READY_FOR_REVIEW') items.push({ category: 'notApproved' });
  if (entry.reviewState === 'RETURNED') items.push({ category: 'returned' });
  if (samePlanning && isOverdue(current, roundDate)) items.push({ category: 'overdueWithoutPlanning' });
  const shift = findDeadlineShift(previous?.deadline ?? null, current.deadline);
  if (shift) items.push({ category: 'deadlineShifted', shift });
  if (lacksDate(current)) items.push({ category: 'planningWithoutDate' });
  return items;
}

/** A planning the parser found no time in, or none at all for an action that is still going on. */
function lacksDate(text: CompletenessText): boolean {
  if (text.planning.trim() === '') return !FINAL_STATUSES.has(text.status);
  return text.deadline.start === null && text.deadline.end === null;
}

/** How many entries have an item of each category (every category, zero included). */
export function countOpenItems(itemsPerEntry: readonly OpenItem[][]): CategoryCount[] {
  return COMPLETENESS_CATEGORIES.map((category) => ({
    category,
    count: itemsPerEntry.filter((items) => items.some((item) => item.category === category)).length,
  }));
}

/**
 * The refusal when a publication leaves open categories unaccepted, naming each with its count:
 * also when one appeared after the form was loaded (a partner's change in between).
 */
export function notAcceptedMessage(missing: readonly CategoryCount[]): string {
  const names = missing.map(({ category, count }) => `‘${COMPLETENESS_LABELS[category]}’ (${count})`);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)!}`;
  const noun = names.length === 1 ? 'deze categorie' : 'deze categorieën';
  return `Niet gepubliceerd: accepteer eerst ${noun} met openstaande punten, of werk ze bij: ${list}.`;
}
