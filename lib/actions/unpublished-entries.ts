import type { Tx } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session-user';
import { lockUnpublishedRounds } from '@/lib/rounds/lock-unpublished-rounds';

/**
 * Gives a new action an entry (version 1: not started, empty texts) in each of the plan's rounds
 * that are open or closed, so it can be reported in the round under way. `actorId` null: the command line.
 */
export async function addToUnpublishedRounds(
  tx: Tx,
  actorId: number | null,
  action: { id: number; planId: number; lineId: number; title: string },
) {
  for (const roundId of await lockUnpublishedRounds(tx, action.planId)) {
    const entry = await tx.actionEntry.create({ data: { actionId: action.id, roundId, lineId: action.lineId, position: 1_000_000 } });
    const update = await tx.actionUpdate.create({
      data: { entryId: entry.id, version: 1, title: action.title, status: 'NOT_STARTED', createdById: actorId },
    });
    await tx.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
  }
}

/**
 * After a rename, the entries of rounds that are open or closed get a version with the new title
 * (the texts unchanged). Published rounds keep the wording they were published with.
 */
export async function retitleUnpublishedEntries(
  tx: Tx,
  user: SessionUser,
  action: { id: number; planId: number },
  title: string,
) {
  const roundIds = await lockUnpublishedRounds(tx, action.planId);
  const entries = await tx.actionEntry.findMany({ where: { actionId: action.id, roundId: { in: roundIds } }, select: { id: true } });
  for (const { id } of entries) {
    await tx.$queryRaw`SELECT id FROM action_entries WHERE id = ${id} FOR UPDATE`;
    const { currentUpdate: current } = await tx.actionEntry.findUniqueOrThrow({ where: { id }, select: { currentUpdate: true } });
    if (!current || current.title === title) continue;
    const { id: _id, createdAt: _createdAt, ...content } = current;
    const update = await tx.actionUpdate.create({ data: { ...content, version: current.version + 1, title, createdById: user.id } });
    await tx.actionEntry.update({ where: { id }, data: { currentUpdateId: update.id } });
  }
}
