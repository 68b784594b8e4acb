import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

/**
 * A *termijnverschuiving*: an action's deadline range ends later in this round than in the previous
 * one. Dates are ISO (YYYY-MM-DD); `months` counts calendar months between the two ends.
 */
export type DeadlineShift = { previousEnd: string; newEnd: string; months: number };

/**
 * The shift between the previous round's range and this round's, or null when there is none.
 *
 * Planning texts are no more precise than a month ("maart 2018", "Q1", "eind 2018"), so ends in the
 * same calendar month are the same deadline: "december 2018" after "2018" is no shift, "Q1 2019"
 * after "eind 2018" is one of three months. A range without an end on either side ("doorlopend",
 * no time named) cannot shift, and an earlier end is not a shift either.
 */
export function findDeadlineShift(
  previous: Pick<DeadlineRange, 'end'> | null,
  current: Pick<DeadlineRange, 'end'> | null,
): DeadlineShift | null {
  const previousEnd = previous?.end ?? null;
  const newEnd = current?.end ?? null;
  if (previousEnd === null || newEnd === null) return null;
  const months = monthIndex(newEnd) - monthIndex(previousEnd);
  return months > 0 ? { previousEnd, newEnd, months } : null;
}

function monthIndex(iso: string): number {
  const match = /^(\d{4})-(\d{2})-\d{2}$/.exec(iso);
  if (match === null) throw new RangeError(`Expected an ISO date (YYYY-MM-DD), got "${iso}"`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
