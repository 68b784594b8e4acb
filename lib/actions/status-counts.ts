import { ACTION_STATUSES, type ActionStatus } from '@/lib/actions/status';

export type StatusCounts = Record<ActionStatus, number>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(ACTION_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** How many of the actions have each status. */
export function countStatuses(actions: Iterable<{ status: ActionStatus }>): StatusCounts {
  const counts = emptyStatusCounts();
  for (const action of actions) counts[action.status] += 1;
  return counts;
}

export function totalOf(counts: StatusCounts): number {
  return ACTION_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}
