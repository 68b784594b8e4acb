/**
 * A shared action in the partner workspace: who else is responsible, who saved last, and the notice
 * to the organisation that marked the entry ready once a co-partner changed it, with the word diff
 * against the version marked ready. Only that organisation sees it; marking ready again ends it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { findWorkspace } from '@/lib/updates/find-workspace';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

async function scene() {
  const jn = await createOrganisation(db, { abbreviation: 'JN' });
  const nvp = await createOrganisation(db, { abbreviation: 'NVP' });
  const shared = await createReportedAction(db, { organisationIds: [jn.id, nvp.id], state: 'OPEN' });
  return {
    ...shared,
    jnPartner: await createUser(db, { organisationId: jn.id, name: 'Petra Partner' }),
    jnColleague: await createUser(db, { organisationId: jn.id, name: 'Jan Collega' }),
    nvpPartner: await createUser(db, { organisationId: nvp.id, name: 'Niels NVP' }),
    ministry: await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' }),
  };
}

async function sharedNote(user: SessionUser) {
  const [round] = await findWorkspace({ user });
  return round!.entries[0]!.shared!;
}

describe('a shared action in the workspace', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('shows who else is responsible (the trekker marked) and who saved last', async () => {
    const { entry, jnPartner, nvpPartner } = await scene();
    await saveActionUpdate({ user: nvpPartner, entryId: entry.id, baseVersion: 1, content: { status: 'DELAYED', result: 'Later', planning: 'eind 2026' } });
    const forJn = await sharedNote(jnPartner);
    expect(forJn.partners).toEqual([{ abbreviation: 'NVP', name: 'Organisatie NVP', isLead: false }]);
    expect(forJn.ownIsLead).toBe(true);
    expect(forJn.lastSaved).toMatchObject({ name: 'Niels NVP', organisation: 'NVP' });
    const forNvp = await sharedNote(nvpPartner);
    expect(forNvp.partners).toEqual([{ abbreviation: 'JN', name: 'Organisatie JN', isLead: true }]);
    expect(forNvp.ownIsLead).toBe(false);
  });

  it('tells the organisation that marked it ready what a co-partner changed, until it is marked ready again', async () => {
    const { entry, jnPartner, jnColleague, nvpPartner, ministry } = await scene();
    const saveAs = (user: SessionUser, baseVersion: number, result: string, markReady = false) =>
      saveActionUpdate({ user, entryId: entry.id, baseVersion, content: { status: 'IN_PROGRESS', result, planning: 'eind 2026' }, markReady });
    await saveAs(jnPartner, 1, 'De werving loopt in drie regio’s.', true);
    expect((await sharedNote(jnPartner)).changedAfterReady).toBeNull();

    // The ministry's own edit is no co-partner's change.
    await saveAs(ministry, 2, 'De werving loopt in drie regio’s. Bijgewerkt.');
    expect((await sharedNote(jnPartner)).changedAfterReady).toBeNull();

    await saveAs(nvpPartner, 3, 'De werving loopt in vier regio’s. Bijgewerkt.');
    const change = (await sharedNote(jnPartner)).changedAfterReady!;
    expect(change).toMatchObject({ changedBy: { name: 'Niels NVP', organisation: 'NVP' }, actionTitle: 'Een actie' });
    const mark = await db.auditLogEntry.findFirstOrThrow({ where: { permission: 'update.markReady' }, select: { createdAt: true, after: true } });
    expect(mark.after).toEqual({ reviewState: 'READY_FOR_REVIEW', version: 2 });
    expect(change.markedAt).toBe(mark.createdAt.toISOString());
    expect(await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { reviewState: true } })).toEqual({ reviewState: 'IN_PROGRESS' });
    expect(change.changes.status).toBeNull();
    expect(change.changes.planning).toBeNull();
    const changed = change.changes.result!.filter((part) => part.kind !== 'same').map((part) => [part.kind, part.text.trim()]);
    expect(changed).toEqual([
      ['removed', 'drie'],
      ['added', 'vier'],
      ['added', 'Bijgewerkt.'],
    ]);
    // Everyone of the organisation that marked it ready sees it; the co-partner who changed it does not.
    expect((await sharedNote(jnColleague)).changedAfterReady).toMatchObject({ entryId: entry.id });
    expect((await sharedNote(nvpPartner)).changedAfterReady).toBeNull();

    await saveAs(jnPartner, 4, 'De werving loopt in vier regio’s. Bijgewerkt.', true);
    expect((await sharedNote(jnPartner)).changedAfterReady).toBeNull();
    expect((await sharedNote(jnColleague)).changedAfterReady).toBeNull();
  });

  it('still tells the first partner when the co-partner marks its own change ready in the same save', async () => {
    const { entry, jnPartner, nvpPartner } = await scene();
    const saveAs = (user: SessionUser, baseVersion: number, result: string, markReady: boolean) =>
      saveActionUpdate({ user, entryId: entry.id, baseVersion, content: { status: 'IN_PROGRESS', result, planning: 'eind 2026' }, markReady });
    await saveAs(jnPartner, 1, 'Drie regio’s.', true);
    await saveAs(nvpPartner, 2, 'Vier regio’s.', true);
    expect(await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { reviewState: true } })).toEqual({ reviewState: 'READY_FOR_REVIEW' });
    expect((await sharedNote(jnPartner)).changedAfterReady).toMatchObject({ changedBy: { name: 'Niels NVP', organisation: 'NVP' } });
    expect((await sharedNote(nvpPartner)).changedAfterReady).toBeNull();
  });
});
