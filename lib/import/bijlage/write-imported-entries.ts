import 'server-only';
import { recordEntryAudits, type Tx } from '@/lib/audit/record-audit';
import type { ActionStatus } from '@/lib/actions/status';
import { deadlineColumns } from '@/lib/updates/update-content';

export type ImportedEntry = {
  actionId: number;
  lineId: number;
  /** Document order, through the whole round. */
  position: number;
  title: string;
  status: ActionStatus;
  result: string;
  planning: string;
};

/**
 * Writes what a bijlage says of each action into a round: a new entry with version 1, or a new
 * version of the entry it has when the content differs (an entry that says exactly this is left
 * alone). In bulk, whatever the number of rows: the entries are locked, then created, their
 * versions created, and the current versions set, a few statements in all. `actorId` null: the
 * command line, like versions loaded from the source documents. Each version written gets its
 * line in the audit log (`import.applyBijlage` on the entry, naming the upload), so an action's
 * history says the import changed it. Returns how many were created and updated.
 */
export async function writeImportedEntries(
  tx: Tx,
  options: { roundId: number; roundDate: Date; actorId: number | null; importId: number; entries: readonly ImportedEntry[] },
): Promise<{ created: number; updated: number; unchanged: number }> {
  const actionIds = options.entries.map((entry) => entry.actionId);
  const existing = await tx.$queryRaw<{ id: number; actionId: number }[]>`
    SELECT id, action_id AS "actionId" FROM action_entries
    WHERE round_id = ${options.roundId} AND action_id = ANY(${actionIds}::int[])
    ORDER BY id FOR UPDATE`;
  const current = await tx.actionUpdate.findMany({
    where: { currentOf: { id: { in: existing.map((entry) => entry.id) } } },
    select: { entryId: true, version: true, title: true, status: true, result: true, planning: true },
  });
  const currentByEntry = new Map(current.map((update) => [update.entryId, update]));
  const entryOf = new Map(existing.map((entry) => [entry.actionId, entry.id]));

  const fresh = options.entries.filter((entry) => !entryOf.has(entry.actionId));
  const changed = options.entries.filter((entry) => {
    const entryId = entryOf.get(entry.actionId);
    if (entryId === undefined) return false;
    const now = currentByEntry.get(entryId);
    return !now || now.title !== entry.title || now.status !== entry.status || now.result !== entry.result || now.planning !== entry.planning;
  });

  const created = await tx.actionEntry.createManyAndReturn({
    data: fresh.map((entry) => ({ actionId: entry.actionId, roundId: options.roundId, lineId: entry.lineId, position: entry.position })),
    select: { id: true, actionId: true },
  });
  for (const entry of created) entryOf.set(entry.actionId, entry.id);

  const versions = [...fresh, ...changed].map((entry) => {
    const entryId = entryOf.get(entry.actionId)!;
    return {
      entryId,
      version: (currentByEntry.get(entryId)?.version ?? 0) + 1,
      title: entry.title,
      status: entry.status,
      result: entry.result,
      planning: entry.planning,
      ...deadlineColumns(entry.planning, options.roundDate),
      createdById: options.actorId,
    };
  });
  const updates = await tx.actionUpdate.createManyAndReturn({ data: versions, select: { id: true, entryId: true } });
  if (updates.length > 0) {
    await tx.$executeRaw`
      UPDATE action_entries e SET current_update_id = v.update_id
      FROM unnest(${updates.map((u) => u.entryId)}::int[], ${updates.map((u) => u.id)}::int[]) AS v(entry_id, update_id)
      WHERE e.id = v.entry_id`;
  }
  await recordEntryAudits(
    tx,
    versions.map(({ entryId, version, title, status, result, planning }) => {
      const before = currentByEntry.get(entryId);
      return {
        actorId: options.actorId,
        permission: 'import.applyBijlage',
        entityType: 'entry',
        entityId: entryId,
        before: before && { version: before.version, title: before.title, status: before.status, result: before.result, planning: before.planning },
        after: { version, title, status, result, planning, importId: options.importId },
      };
    }),
  );
  return { created: fresh.length, updated: changed.length, unchanged: options.entries.length - fresh.length - changed.length };
}
