import { findDeadlineShift, type DeadlineShift } from '@/lib/deadlines/deadline-shift';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';

export type WithShift<E> = E & { shift: DeadlineShift | null };

/**
 * One action's reports with, on each, the shift against the report of the published round just
 * before it (`roundOrder`: the plan's published round ids, oldest first). A report whose previous
 * round did not report the action has no shift: the changes tab calls it new there, too.
 */
export function shiftsAlongRounds<E extends { roundId: number; deadline: DeadlineRange }>(
  entries: E[],
  roundOrder: number[],
): WithShift<E>[] {
  const byRound = new Map(entries.map((entry) => [entry.roundId, entry]));
  return entries.map((entry) => {
    const index = roundOrder.indexOf(entry.roundId);
    const previous = index > 0 ? byRound.get(roundOrder[index - 1]!) : undefined;
    return { ...entry, shift: findDeadlineShift(previous?.deadline ?? null, entry.deadline) };
  });
}
