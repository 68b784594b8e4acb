import { ACTION_STATUSES, type ActionStatus } from '@/lib/actions/status';

export type StatusSummary = { total: number; overdue: number; byStatus: Record<ActionStatus, number> };

/** Number of actions per status, and how many are over tijd. */
export function summarize(rows: { status: ActionStatus; overdue: boolean }[]): StatusSummary {
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const row of rows) byStatus[row.status]++;
  return { total: rows.length, overdue: rows.filter((r) => r.overdue).length, byStatus };
}
