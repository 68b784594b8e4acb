import 'server-only';
import { prisma } from '@/lib/db';
import { toIsoDateOrNull } from '@/lib/dates';
import { findDeadlineShift } from '@/lib/deadlines/deadline-shift';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import type { WithShift } from '@/lib/deadlines/shifts-along-rounds';

/**
 * Rows of a published round with their *termijnverschuiving* against `previousRoundId` (the plan's
 * published round before it; null for the first, where nothing shifted). One query, none without
 * a previous round or rows.
 */
export async function attachDeadlineShifts<R extends { actionId: number; deadline: DeadlineRange }>(
  rows: R[],
  previousRoundId: number | null,
): Promise<WithShift<R>[]> {
  const previousEnds =
    previousRoundId === null || rows.length === 0 ? new Map<number, string | null>() : await findEnds(previousRoundId, rows);
  return rows.map((row) => {
    const previous = previousEnds.has(row.actionId) ? { end: previousEnds.get(row.actionId)! } : null;
    return { ...row, shift: findDeadlineShift(previous, row.deadline) };
  });
}

async function findEnds(roundId: number, rows: { actionId: number }[]): Promise<Map<number, string | null>> {
  const ends = await prisma.$queryRaw<{ actionId: number; end: Date | null }[]>`
    SELECT e.action_id AS "actionId", u.deadline_end AS "end"
    FROM action_entries e JOIN action_updates u ON u.id = e.current_update_id
    WHERE e.round_id = ${roundId} AND e.action_id = ANY(${rows.map((row) => row.actionId)}::int[])`;
  return new Map(ends.map((row) => [row.actionId, toIsoDateOrNull(row.end)]));
}
