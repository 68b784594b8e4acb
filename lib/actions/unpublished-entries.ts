import type { Tx } from '@/lib/audit/record-audit';
import type { SessionUser } from '@/lib/auth/session-user';
import { lockUnpublishedRounds } from '@/lib/rounds/lock-unpublished-rounds';

/**
 * Gives new actions an entry each (version 1: not started, empty texts) in each of their plan's
 * rounds that are open or closed, so they can be reported in the round under way: per round the
 * entries, their versions and the current versions in three statements, whatever the number of
 * actions. `actorId` null: the command line.
 */
export async function addToUnpublishedRounds(
  tx: Tx,
  actorId: number | null,
  actions: readonly { id: number; planId: number; lineId: number; title: string }[],
) {
  const titleOf = new Map(actions.map((action) => [action.id, action.title]));
  for (const planId of new Set(actions.map((action) => action.planId))) {
    const ofPlan = actions.filter((action) => action.planId === planId);
    for (const roundId of await lockUnpublishedRounds(tx, planId)) {
      const entries = await tx.actionEntry.createManyAndReturn({
        data: ofPlan.map((action) => ({ actionId: action.id, roundId, lineId: action.lineId, position: 1_000_000 })),
        select: { id: true, actionId: true },
      });
      const updates = await tx.actionUpdate.createManyAndReturn({
        data: entries.map((entry) => ({ entryId: entry.id, version: 1, title: titleOf.get(entry.actionId)!, status: 'NOT_STARTED' as const, createdById: actorId })),
        select: { id: true, entryId: true },
      });
      await tx.$executeRaw`
        UPDATE action_entries e SET current_update_id = v.update_id
        FROM unnest(${updates.map((u) => u.entryId)}::int[], ${updates.map((u) => u.id)}::int[]) AS v(entry_id, update_id)
        WHERE e.id = v.entry_id`;
    }
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
