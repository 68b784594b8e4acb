import 'server-only';
import type { Prisma, RoundState } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/audit/record-audit';
import { currentResponsibleSelect, entryLineSelect, savedUpdateSelect } from '@/lib/actions/entry-select';
import { assertCan, isMinistry, type EntryResource } from '@/lib/auth/permissions';
import { visibleEntriesWhere } from '@/lib/auth/visible-entries';
import type { SessionUser } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';
import type { Database } from '@/lib/prisma-client';

const ROUND_NOT_FOUND = 'Deze ronde bestaat niet, of u heeft er geen acties in.';

export const workbookRoundSelect = {
  id: true,
  planId: true,
  key: true,
  title: true,
  date: true,
  state: true,
  inputDeadline: true,
  plan: { select: { id: true, slug: true, title: true } },
} satisfies Prisma.ReportingRoundSelect;

export type WorkbookRound = Prisma.ReportingRoundGetPayload<{ select: typeof workbookRoundSelect }>;

/**
 * A round a workbook is for: any round for the ministry; for a partner a round in which it sees
 * entries of its organisation (as the workspace does). NotFoundError otherwise.
 */
export async function findWorkbookRound(db: Database | Tx, user: SessionUser, roundId: number): Promise<WorkbookRound> {
  const round = await db.reportingRound.findFirst({
    where: { id: roundId, ...(isMinistry(user) ? {} : { entries: { some: visibleEntriesWhere(user) } }) },
    select: workbookRoundSelect,
  });
  if (!round) throw new NotFoundError(ROUND_NOT_FOUND);
  return round;
}

/**
 * Whether a workbook may be downloaded or uploaded for a round in `state`: while the user could
 * save an entry of their own there, with the Dutch reason of `update.save` when not (a partner
 * while the round is open, the ministry while it is open or closed).
 */
export function assertWorkbookRound(user: SessionUser, state: RoundState): void {
  const own: EntryResource = {
    roundState: state,
    reviewState: 'NOT_STARTED',
    responsibleOrganisationIds: user.organisationId === null ? [] : [user.organisationId],
  };
  assertCan(user, 'update.save', own);
}

/** What the workbook's use cases read of an entry: enough to write its row and to judge an uploaded one. */
export const workbookEntrySelect = {
  id: true,
  roundId: true,
  reviewState: true,
  round: { select: { state: true, title: true } },
  line: entryLineSelect,
  action: { select: { id: true, title: true, responsibilities: currentResponsibleSelect } },
  currentUpdate: { select: savedUpdateSelect },
} satisfies Prisma.ActionEntrySelect;

export type WorkbookEntry = Prisma.ActionEntryGetPayload<{ select: typeof workbookEntrySelect }>;

/** The entries of a round in a workbook: those the user may see, of one organisation when asked, in the bijlage's order. */
export function findWorkbookEntries(db: Database | Tx, user: SessionUser, roundId: number, organisationId?: number) {
  return db.actionEntry.findMany({
    where: {
      AND: [
        { roundId, currentUpdateId: { not: null } },
        visibleEntriesWhere(user),
        organisationId === undefined ? {} : { action: { responsibilities: { some: { organisationId } } } },
      ],
    },
    orderBy: [{ line: { position: 'asc' } }, { position: 'asc' }, { id: 'asc' }],
    select: workbookEntrySelect,
  });
}

/** The permission rules' view of an entry. */
export function entryResource(entry: WorkbookEntry): EntryResource {
  return {
    roundState: entry.round.state,
    reviewState: entry.reviewState,
    responsibleOrganisationIds: entry.action.responsibilities.map((r) => r.organisationId),
  };
}

/** "1: Eerste actielijn", as the CSV export names a line. */
export function lineLabel(line: { code: string; title: string }): string {
  return `${line.code}: ${line.title}`;
}
