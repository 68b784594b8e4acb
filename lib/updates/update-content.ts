import type { ActionStatus } from '@/lib/actions/status';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import { dateToIsoDate, isoDateToDate } from '@/lib/dates';
import type { ConflictDetails } from '@/lib/errors';

/** What an editor writes about an action in a round. */
export type UpdateContent = { status: ActionStatus; result: string; planning: string };

export function contentDiffers(current: UpdateContent, next: UpdateContent): boolean {
  return current.status !== next.status || current.result !== next.result || current.planning !== next.planning;
}

/** The deadline columns parsed from a planning text, periods without a year in the round's year. */
export function deadlineColumns(planning: string, roundDate: Date) {
  const range = parsePlanning(planning, { referenceDate: dateToIsoDate(roundDate) });
  return {
    deadlineStart: range.start ? isoDateToDate(range.start) : null,
    deadlineEnd: range.end ? isoDateToDate(range.end) : null,
  };
}

/** The version someone else saved, as the refused editor gets to see it. */
export function conflictDetails(current: UpdateContent & {
  version: number;
  createdAt: Date;
  createdBy: { name: string } | null;
}): ConflictDetails {
  return {
    version: current.version,
    savedBy: current.createdBy?.name ?? null,
    savedAt: current.createdAt.toISOString(),
    status: current.status,
    result: current.result,
    planning: current.planning,
  };
}
