import { STATUS_LABELS, type ActionStatus } from '@/lib/actions/status';
import type { DeadlineShift } from '@/lib/deadlines/deadline-shift';
import { lineLabel } from '@/lib/plans/line-label';
import type { PlanOverview } from '@/lib/plans/find-plan-overview';

/** One action of the chosen round, flattened for the CSV and JSON exports. */
export type ExportRow = {
  line: { code: string; title: string; label: string };
  actionId: number;
  title: string;
  responsible: { abbreviation: string; name: string }[];
  status: ActionStatus;
  statusLabel: string;
  result: string;
  planning: string;
  /** `shift`: the termijnverschuiving against the previous published round, null when none. */
  deadline: { start: string | null; end: string | null; shift: DeadlineShift | null };
  /** Over tijd on the overview's `overdueOn` (lib/actions/overdue.ts). */
  overdue: boolean;
};

/** Every action of the overview in document order; lines without actions contribute no rows. */
export function toExportRows(overview: PlanOverview): ExportRow[] {
  return overview.lines.flatMap((line) =>
    line.actions.map((action) => ({
      line: { code: line.code, title: line.title, label: lineLabel(line) },
      actionId: action.actionId,
      title: action.title,
      responsible: action.responsible,
      status: action.status,
      statusLabel: STATUS_LABELS[action.status],
      result: action.result,
      planning: action.planning,
      deadline: { ...action.deadline, shift: action.shift },
      overdue: action.overdue,
    })),
  );
}

export const EXPORT_FORMATS = ['csv', 'json', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * `actieplan-pleegzorg-voortgang-2019-najaar.csv` (slug and round key are already URL-safe), with
 * `-selectie` for a filtered export, so it is not mistaken for the whole round.
 */
export function exportFileName(overview: PlanOverview, format: ExportFormat, options: { filtered?: boolean } = {}): string {
  return `${overview.plan.slug}-${overview.round.key}${options.filtered ? '-selectie' : ''}.${format}`;
}
