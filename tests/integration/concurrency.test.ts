/**
 * Never lose an edit: every save is a new version, and a save based on a stale version is refused
 * with the other person's text. Saves at the same moment: tests/integration/lock-races.test.ts.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import { ConflictError } from '@/lib/errors';
import { approveEntry } from '@/lib/review/approve-entry';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

async function openEntry() {
  const organisation = await createOrganisation(db);
  const fixture = await createReportedAction(db, { organisationIds: [organisation.id], state: 'OPEN' });
  const partner = await createUser(db, { organisationId: organisation.id, name: 'Petra Partner' });
  const colleague = await createUser(db, { organisationId: organisation.id, name: 'Kees Collega' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  return { ...fixture, partner, colleague, ministry };
}

const versionsOf = (entryId: number) => db.actionUpdate.findMany({ where: { entryId }, orderBy: { version: 'asc' } });
const text = (result: string) => ({ status: 'IN_PROGRESS' as const, result, planning: 'eind 2027' });

describe('optimistic concurrency on updates', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('keeps every save as a version: who, when, what', async () => {
    const { entry, partner, ministry } = await openEntry();
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Eerste') });
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 2, content: text('Tweede') });
    await saveActionUpdate({ user: ministry, entryId: entry.id, baseVersion: 3, content: text('Derde') });

    const versions = await versionsOf(entry.id);
    expect(versions.map((v) => [v.version, v.result, v.createdById])).toEqual([
      [1, 'Vorige tekst', null],
      [2, 'Eerste', partner.id],
      [3, 'Tweede', partner.id],
      [4, 'Derde', ministry.id],
    ]);
    const current = await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(current.currentUpdateId).toBe(versions[3]!.id);
    const audit = await db.auditLogEntry.findMany({ where: { permission: 'update.save' }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.actorId, (a.before as { result: string }).result, (a.after as { result: string }).result])).toEqual([
      [partner.id, 'Vorige tekst', 'Eerste'],
      [partner.id, 'Eerste', 'Tweede'],
      [ministry.id, 'Tweede', 'Derde'],
    ]);
  });

  it('refuses a save based on a stale version and shows the other person’s text', async () => {
    const { entry, partner, ministry } = await openEntry();
    // Both open the page on version 1; the ministry saves first.
    await saveActionUpdate({ user: ministry, entryId: entry.id, baseVersion: 1, content: text('Tekst van het ministerie') });
    const refused = await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Tekst van de partner') }).catch(
      (error: unknown) => error,
    );

    expect(refused).toBeInstanceOf(ConflictError);
    const conflict = (refused as ConflictError).conflict!;
    expect(conflict).toMatchObject({ version: 2, savedBy: 'Mira Ministerie', result: 'Tekst van het ministerie', status: 'IN_PROGRESS' });
    // A partner refused because the ministry saved first is told it was the ministry.
    expect((refused as ConflictError).message).toContain('Het ministerie (Mira Ministerie) heeft deze actie intussen gewijzigd');
    expect((await versionsOf(entry.id)).map((v) => v.result)).toEqual(['Vorige tekst', 'Tekst van het ministerie']);
  });

  it('refuses an approval of a version the partner has replaced since', async () => {
    const { entry, partner, ministry } = await openEntry();
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Nieuw'), markReady: true });
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 2, content: text('Nog nieuwer') });

    await expect(approveEntry({ user: ministry, entryId: entry.id, version: 2 })).rejects.toBeInstanceOf(ConflictError);
    const current = await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id } });
    expect(current.reviewState).toBe('IN_PROGRESS');
    await approveEntry({ user: ministry, entryId: entry.id, version: 3 });
    expect((await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id } })).reviewState).toBe('APPROVED');
  });

  it('keeps versions and the audit log append-only in the database itself', async () => {
    const { entry, partner } = await openEntry();
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Eerste') });
    await expect(db.$executeRaw`UPDATE action_updates SET result = 'overschreven' WHERE entry_id = ${entry.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`DELETE FROM audit_log`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`UPDATE audit_log SET permission = 'niets'`).rejects.toThrow(/append-only/);
    expect(await db.auditLogEntry.count()).toBe(1);
  });
});
