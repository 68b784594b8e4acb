/** The status scale of an action in a reporting round, stored as these codes. */
export const ACTION_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DELAYED', 'COMPLETED', 'STOPPED'] as const;

export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Dutch labels; the UI always shows the label, never a colour alone. */
export const STATUS_LABELS: Record<ActionStatus, string> = {
  NOT_STARTED: 'nog niet gestart',
  IN_PROGRESS: 'loopt',
  DELAYED: 'vertraagd',
  COMPLETED: 'afgerond',
  STOPPED: 'gestopt',
};

/** Statuses after which an action can no longer be overdue. */
export const FINAL_STATUSES: ReadonlySet<ActionStatus> = new Set(['COMPLETED', 'STOPPED']);
