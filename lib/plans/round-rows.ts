import 'server-only';
import { prisma } from '@/lib/db';
import { currentResponsibleSelect, currentUpdateSelect, deadlineOf, publishedResponsibleSelect } from '@/lib/actions/entry-select';
import { isOverdue } from '@/lib/actions/overdue';
import type { ActionStatus } from '@/lib/actions/status';
import type { DeadlineShift } from '@/lib/deadlines/deadline-shift';
import type { DeadlineRange } from '@/lib/deadlines/parse-planning';
import { attachDeadlineShifts } from '@/lib/plans/attach-deadline-shifts';
import type { Prisma } from '@/lib/generated/prisma/client';

/** One action as one published round reports it: a row of the bijlage's table. */
export type ActionRow = {
  actionId: number;
  lineId: number;
  title: string;
  responsible: { abbreviation: string; name: string }[];
  status: ActionStatus;
  result: string;
  planning: string;
  deadline: DeadlineRange;
  overdue: boolean;
  /** The termijnverschuiving against the round given as `shiftsSince`; null when none. */
  shift: DeadlineShift | null;
};

const rowSelect = {
  lineId: true,
  currentUpdate: { select: currentUpdateSelect },
  responsibilities: publishedResponsibleSelect,
  action: { select: { id: true } },
} satisfies Prisma.ActionEntrySelect;

/**
 * The rows a round reports, in the document's order, optionally narrowed by `where`. A fixed
 * number of queries (entries, updates, responsibilities, previous ends), whatever the number of rows.
 * `shiftsSince`: the published round before this one, whose ends the shifts are measured against
 * (null: no shifts, for the first round or rows only compared with). Who is responsible is what
 * the round published; with `responsibleNow` (a round not yet published, which has no such copy)
 * who is responsible for the action now.
 */
export async function findRoundRows(options: {
  roundId: number;
  overdueOn: string;
  shiftsSince: number | null;
  where?: Prisma.ActionEntryWhereInput;
  take?: number;
  skip?: number;
  responsibleNow?: boolean;
}): Promise<ActionRow[]> {
  const entries = await prisma.actionEntry.findMany({
    where: { ...options.where, roundId: options.roundId, currentUpdateId: { not: null } },
    // Positions number a round's entries through the whole plan, in its line order as published.
    orderBy: [{ position: 'asc' }, { line: { position: 'asc' } }, { id: 'asc' }],
    select: rowSelect,
    take: options.take,
    skip: options.skip,
  });
  const responsibleNow = options.responsibleNow ? await findResponsibleNow(entries.map((entry) => entry.action.id)) : null;
  const rows = entries.map((entry) => {
    const responsible = responsibleNow?.get(entry.action.id) ?? entry.responsibilities.map((r) => r.organisation);
    return toActionRow(entry, responsible, options.overdueOn);
  });
  return attachDeadlineShifts(rows, options.shiftsSince);
}

/** Per action, its responsible organisations as they are now, lead first. One query. */
async function findResponsibleNow(actionIds: number[]) {
  const actions = await prisma.action.findMany({
    where: { id: { in: actionIds } },
    select: { id: true, responsibilities: currentResponsibleSelect },
  });
  return new Map(actions.map((action) => [action.id, action.responsibilities.map((r) => r.organisation)]));
}

function toActionRow(
  entry: Prisma.ActionEntryGetPayload<{ select: typeof rowSelect }>,
  responsible: ActionRow['responsible'],
  overdueOn: string,
): Omit<ActionRow, 'shift'> {
  const update = entry.currentUpdate!;
  const deadline = deadlineOf(update);
  return {
    actionId: entry.action.id,
    lineId: entry.lineId,
    title: update.title,
    responsible,
    status: update.status,
    result: update.result,
    planning: update.planning,
    deadline,
    overdue: isOverdue({ status: update.status, deadline }, overdueOn),
  };
}
