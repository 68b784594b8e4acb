import type { ActionStatus } from '@/lib/actions/status';

/** The bijlage's Wanneer cell: the planning text verbatim, after a ✓ when the action is completed. */
export function wanneerText(action: { status: ActionStatus; planning: string }): string {
  if (action.status !== 'COMPLETED') return action.planning;
  return action.planning === '' ? '✓' : `✓ ${action.planning}`;
}
