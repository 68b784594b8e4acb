import { FINAL_STATUSES, type ActionStatus } from '@/lib/actions/status';
import { dateToIsoDate } from '@/lib/dates';
import { amsterdamIsoDate } from '@/lib/rounds/amsterdam-time';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

/**
 * "Over tijd": the action's deadline ended before `onDate` (ISO) and it is neither completed nor
 * stopped. A deadline without an end ("Doorlopend", "vanaf 2020") is never over tijd.
 */
export function isOverdue(action: { status: ActionStatus; deadline: DeadlineRange }, onDate: string): boolean {
  if (FINAL_STATUSES.has(action.status)) return false;
  return action.deadline.end !== null && action.deadline.end < onDate;
}

/**
 * The date a round's actions are judged on: the round's own date, except for the latest published
 * round, which still describes the present and is judged on today (in the Netherlands).
 */
export function overdueReferenceDate(round: { date: Date }, isLatest: boolean, now: Date = new Date()): string {
  return isLatest ? dutchCalendarDate(now) : dateToIsoDate(round.date);
}

/** ISO date of `now` in Dutch time: just after midnight in Amsterdam is already tomorrow there. */
export function dutchCalendarDate(now: Date): string {
  return amsterdamIsoDate(now);
}
