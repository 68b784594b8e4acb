import { ACTION_STATUSES, type ActionStatus } from '@/lib/actions/status';
import { emptyStatusCounts, type StatusCounts } from '@/lib/actions/status-counts';

export type StatusSummary = { total: number; overdue: number; byStatus: StatusCounts };

export function emptySummary(): StatusSummary {
  return { total: 0, overdue: 0, byStatus: emptyStatusCounts() };
}

/** Adds `count` actions in `status`, `overdue` of which are over tijd. */
export function addToSummary(summary: StatusSummary, status: ActionStatus, count: number, overdue: number): StatusSummary {
  summary.total += count;
  summary.overdue += overdue;
  summary.byStatus[status] += count;
  return summary;
}

/** Number of actions per status, and how many are over tijd. */
export function summarize(rows: { status: ActionStatus; overdue: boolean }[]): StatusSummary {
  return rows.reduce((summary, row) => addToSummary(summary, row.status, 1, row.overdue ? 1 : 0), emptySummary());
}

export function sumSummaries(summaries: Iterable<StatusSummary>): StatusSummary {
  let total = emptySummary();
  for (const summary of summaries) {
    for (const status of ACTION_STATUSES) total = addToSummary(total, status, summary.byStatus[status], 0);
    total.overdue += summary.overdue;
  }
  return total;
}
