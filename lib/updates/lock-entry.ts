import type { Prisma, RoundState } from '@/lib/generated/prisma/client';
import { savedUpdateSelect } from '@/lib/actions/entry-select';
import type { Tx } from '@/lib/audit/record-audit';
import type { EntryResource } from '@/lib/auth/permissions';
import { assertSignedIn } from '@/lib/auth/permissions';
import { visibleEntriesWhere } from '@/lib/auth/visible-entries';
import type { Actor } from '@/lib/auth/session-user';
import { NotFoundError } from '@/lib/errors';

const lockedEntrySelect = {
  id: true,
  roundId: true,
  reviewState: true,
  reviewComment: true,
  reviewedById: true,
  reviewedAt: true,
  round: { select: { date: true, plan: { select: { slug: true } } } },
  action: { select: { id: true, responsibilities: { select: { organisationId: true } } } },
  currentUpdate: { select: { ...savedUpdateSelect, id: true, responsibleText: true } },
} satisfies Prisma.ActionEntrySelect;

export type LockedEntry = Prisma.ActionEntryGetPayload<{ select: typeof lockedEntrySelect }> & {
  /** What the permission rules need, with the round's state as locked. */
  resource: EntryResource;
};

/**
 * Reads an entry the user may see, inside a transaction, for a change: its round's row is locked
 * for share (the round cannot close or publish until this transaction ends) and the entry's row
 * for update (two saves of one entry run one after the other, and the second sees the first).
 * NotFoundError when the entry does not exist or the user may not see it.
 */
export async function lockEntry(tx: Tx, user: Actor, entryId: number): Promise<LockedEntry> {
  assertSignedIn(user);
  const found = await tx.actionEntry.findFirst({
    where: { id: entryId, ...visibleEntriesWhere(user) },
    select: { roundId: true },
  });
  if (!found) throw new NotFoundError('Deze actie bestaat niet, of valt niet onder uw organisatie.');
  const [round] = await tx.$queryRaw<{ state: RoundState }[]>`
    SELECT state::text AS state FROM reporting_rounds WHERE id = ${found.roundId} FOR SHARE`;
  await tx.$queryRaw`SELECT id FROM action_entries WHERE id = ${entryId} FOR UPDATE`;
  const entry = await tx.actionEntry.findUniqueOrThrow({ where: { id: entryId }, select: lockedEntrySelect });
  return {
    ...entry,
    resource: {
      roundState: round!.state,
      reviewState: entry.reviewState,
      responsibleOrganisationIds: entry.action.responsibilities.map((r) => r.organisationId),
    },
  };
}

/**
 * lockEntry for several entries at once, in one transaction (a workbook's saves): the rounds'
 * rows locked for share and the entries' rows for update, in the order of their ids (so two such
 * transactions never wait on each other in a circle). Entries the user may not see are absent.
 */
export async function lockEntries(tx: Tx, user: Actor, entryIds: number[]): Promise<Map<number, LockedEntry>> {
  assertSignedIn(user);
  const found = await tx.actionEntry.findMany({
    where: { id: { in: entryIds }, ...visibleEntriesWhere(user) },
    select: { id: true, roundId: true },
  });
  if (found.length === 0) return new Map();
  const ids = found.map((entry) => entry.id).sort((a, b) => a - b);
  const roundIds = [...new Set(found.map((entry) => entry.roundId))].sort((a, b) => a - b);
  const rounds = await tx.$queryRaw<{ id: number; state: RoundState }[]>`
    SELECT id, state::text AS state FROM reporting_rounds WHERE id = ANY(${roundIds}::int[]) ORDER BY id FOR SHARE`;
  await tx.$queryRaw`SELECT id FROM action_entries WHERE id = ANY(${ids}::int[]) ORDER BY id FOR UPDATE`;
  const stateOf = new Map(rounds.map((round) => [round.id, round.state]));
  const entries = await tx.actionEntry.findMany({ where: { id: { in: ids } }, select: lockedEntrySelect });
  return new Map(
    entries.map((entry) => [
      entry.id,
      {
        ...entry,
        resource: {
          roundState: stateOf.get(entry.roundId)!,
          reviewState: entry.reviewState,
          responsibleOrganisationIds: entry.action.responsibilities.map((r) => r.organisationId),
        },
      },
    ]),
  );
}
