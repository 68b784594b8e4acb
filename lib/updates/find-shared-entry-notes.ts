import 'server-only';
import type { Tx } from '@/lib/audit/record-audit';
import type { Actor } from '@/lib/auth/session-user';
import { findCoPartnerChanges, type CoPartnerChange } from '@/lib/updates/co-partner-changes';

/** What the workspace says about working together on one entry. */
export type SharedEntryNote = {
  /** The other responsible organisations, stored order; `isLead` marks the trekker among several. */
  partners: { abbreviation: string; name: string; isLead: boolean }[];
  /** Whether the partner's own organisation is the trekker of several. */
  ownIsLead: boolean;
  /** Who saved the current version; none before the first save after the round's first version. */
  lastSaved: { name: string; organisation: string | null; at: string } | null;
  /** A co-partner's change since the own organisation marked the entry ready. */
  changedAfterReady: CoPartnerChange | null;
};

type Row = {
  id: number;
  responsible: { abbreviation: string; name: string }[];
  resource: { responsibleOrganisationIds: readonly number[] };
};

/** Per workspace entry of `user`'s organisation: its partners, who saved last and a co-partner's change. */
export async function findSharedEntryNotes(db: Tx, user: Actor, rows: readonly Row[]): Promise<Map<number, SharedEntryNote>> {
  const notes = new Map<number, SharedEntryNote>();
  if (!user?.organisationId || rows.length === 0) return notes;
  const ids = rows.map((row) => row.id);
  const [saves, changes] = await Promise.all([
    db.actionEntry.findMany({
      where: { id: { in: ids } },
      select: { id: true, currentUpdate: { select: { version: true, createdAt: true, createdBy: { select: { name: true, organisation: { select: { abbreviation: true } } } } } } },
    }),
    findCoPartnerChanges(db, { id: { in: ids } }, user.organisationId),
  ]);
  const savedBy = new Map(saves.map((entry) => [entry.id, entry.currentUpdate]));
  const changeOf = new Map(changes.map((change) => [change.entryId, change]));
  for (const row of rows) {
    const ownIds = row.resource.responsibleOrganisationIds;
    const several = ownIds.length > 1;
    const saved = savedBy.get(row.id);
    notes.set(row.id, {
      partners: row.responsible
        .map((org, index) => ({ ...org, organisationId: ownIds[index], isLead: several && index === 0 }))
        .filter((org) => org.organisationId !== user.organisationId)
        .map(({ organisationId: _id, ...org }) => org),
      ownIsLead: several && ownIds[0] === user.organisationId,
      lastSaved: saved?.createdBy && saved.version > 1
        ? { name: saved.createdBy.name, organisation: saved.createdBy.organisation?.abbreviation ?? null, at: saved.createdAt.toISOString() }
        : null,
      changedAfterReady: changeOf.get(row.id) ?? null,
    });
  }
  return notes;
}
