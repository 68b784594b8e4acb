import 'server-only';
import { prisma } from '@/lib/db';
import type { ActionStatus } from '@/lib/actions/status';
import { isoDateToDate } from '@/lib/dates';
import { addToSummary, emptySummary, type StatusSummary } from '@/lib/plans/status-summary';

/**
 * Per line of a round: the number of actions in each status and how many are over tijd (the rule
 * of lib/actions/overdue.ts, in SQL), counted by Postgres, so a large plan's overview needs no rows.
 */
export async function countRoundStatuses(roundId: number, overdueOn: string): Promise<Map<number, StatusSummary>> {
  const groups = await prisma.$queryRaw<{ lineId: number; status: ActionStatus; total: number; overdue: number }[]>`
    SELECT e.line_id AS "lineId", u.status::text AS status, count(*)::int AS total,
           count(*) FILTER (WHERE u.deadline_end < ${isoDateToDate(overdueOn)} AND u.status NOT IN ('COMPLETED', 'STOPPED'))::int AS overdue
    FROM action_entries e
    JOIN action_updates u ON u.id = e.current_update_id
    WHERE e.round_id = ${roundId}
    GROUP BY e.line_id, u.status`;
  const byLine = new Map<number, StatusSummary>();
  for (const group of groups) {
    const summary = byLine.get(group.lineId) ?? emptySummary();
    byLine.set(group.lineId, addToSummary(summary, group.status, group.total, group.overdue));
  }
  return byLine;
}
