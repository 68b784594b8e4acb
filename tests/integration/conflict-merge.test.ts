/**
 * The merge after a save conflict, through the form handler the update form posts to: the refusal
 * carries the other version with its status as a code (so the form can take it over exactly), the
 * next save is based on the version shown, and is refused again when that one has moved on.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import type { SessionUser } from '@/lib/auth/session-user';
import { initialFormState, type FormState } from '@/lib/errors';
import { mergeTexts } from '@/lib/updates/merge-texts';

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
const { handleSaveActionUpdate } = await import('@/app/_form-handlers/save-action-update');

async function scene() {
  const organisation = await createOrganisation(db);
  const { entry } = await createReportedAction(db, { organisationIds: [organisation.id], state: 'OPEN' });
  const partner = await createUser(db, { organisationId: organisation.id, name: 'Petra Partner' });
  const colleague = await createUser(db, { organisationId: organisation.id, name: 'Kees Collega' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  return { entry, partner, colleague, ministry };
}

/** One editor's save, as the form posts it. */
async function save(user: SessionUser, entryId: number, baseVersion: number, fields: { status: string; result: string; planning: string }) {
  session.user = user;
  const data = new FormData();
  for (const [name, value] of Object.entries({ ...fields, entryId: String(entryId), baseVersion: String(baseVersion), intent: 'save' })) {
    data.append(name, value);
  }
  return handleSaveActionUpdate(initialFormState, data);
}

const versionsOf = async (entryId: number) =>
  (await db.actionUpdate.findMany({ where: { entryId }, orderBy: { version: 'asc' } })).map((v) => [v.version, v.status, v.result, v.planning]);

const partnerText = { status: 'IN_PROGRESS', result: 'Vorige tekst. JN: gesprekken met gemeenten gevoerd.', planning: 'eind 2027' };
const ministryText = { status: 'DELAYED', result: 'Vorige tekst. Ministerie: subsidie verlengd.', planning: 'Q2 2028' };

describe('merging after a save conflict', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    session.user = null;
  });

  it('refuses the stale save with the other version, its status as a code, and changes nothing', async () => {
    const { entry, partner, colleague } = await scene();
    expect(await save(colleague, entry.id, 1, ministryText)).toMatchObject({ status: 'ok', values: { baseVersion: '2' } });
    const before = await snapshotTables(db);

    const refused = await save(partner, entry.id, 1, partnerText);
    expect(refused).toMatchObject({
      status: 'error',
      message: 'Kees Collega heeft deze actie intussen gewijzigd (versie 2). Uw tekst is niet opgeslagen; vergelijk hem met de tekst hieronder en sla opnieuw op.',
      conflict: { version: 2, savedBy: 'Kees Collega', status: 'DELAYED', result: ministryText.result, planning: 'Q2 2028' },
      // One's own text comes back too: nothing typed is lost.
      values: { result: partnerText.result, planning: 'eind 2027', status: 'IN_PROGRESS' },
    });
    expect(Date.parse(refused.conflict!.savedAt)).not.toBeNaN();
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('saves the merged text based on the version shown, keeping both editors’ words', async () => {
    const { entry, partner, ministry } = await scene();
    await save(ministry, entry.id, 1, ministryText);
    const refused = await save(partner, entry.id, 1, partnerText);

    const conflict = refused.conflict!;
    const merged = { status: conflict.status, result: mergeTexts('Vorige tekst', partnerText.result, conflict.result), planning: partnerText.planning };
    const saved = await save(partner, entry.id, conflict.version, merged);
    expect(saved).toMatchObject({ status: 'ok', message: 'Opgeslagen als versie 3.', values: { baseVersion: '3' } });
    expect(await versionsOf(entry.id)).toEqual([
      [1, 'IN_PROGRESS', 'Vorige tekst', 'eind 2026'],
      [2, 'DELAYED', ministryText.result, 'Q2 2028'],
      [3, 'DELAYED', 'Vorige tekst. JN: gesprekken met gemeenten gevoerd. Ministerie: subsidie verlengd.', 'eind 2027'],
    ]);
  });

  it('refuses the save after a conflict again when the version shown has moved on, showing the newer text', async () => {
    const { entry, partner, ministry } = await scene();
    await save(ministry, entry.id, 1, ministryText); // save 1: version 2
    const first = await save(partner, entry.id, 1, partnerText); // refused: shows version 2
    expect(first.conflict).toMatchObject({ version: 2, result: ministryText.result });

    // While the partner merges, the ministry saves once more.
    const newer = { status: 'COMPLETED', result: 'Ministerie: afgerond, subsidie verlengd.', planning: 'Q2 2028' };
    expect(await save(ministry, entry.id, 2, newer)).toMatchObject({ status: 'ok', values: { baseVersion: '3' } }); // save 2: version 3
    const before = await snapshotTables(db);

    const merged = { ...partnerText, result: mergeTexts('Vorige tekst', partnerText.result, first.conflict!.result) };
    const second: FormState = await save(partner, entry.id, first.conflict!.version, merged); // save 3: based on version 2, refused
    expect(second).toMatchObject({
      status: 'error',
      conflict: { version: 3, savedBy: 'Mira Ministerie', status: 'COMPLETED', result: newer.result, planning: 'Q2 2028' },
      values: { result: merged.result },
    });
    expect(await snapshotTables(db)).toEqual(before);

    // Based on the newest version shown, the partner's save goes through.
    const last = await save(partner, entry.id, second.conflict!.version, { ...merged, status: second.conflict!.status });
    expect(last).toMatchObject({ status: 'ok', message: 'Opgeslagen als versie 4.' });
    expect((await versionsOf(entry.id)).at(-1)).toEqual([4, 'COMPLETED', merged.result, 'eind 2027']);
    const audit = await db.auditLogEntry.findMany({ where: { permission: 'update.save' }, orderBy: { id: 'asc' } });
    expect(audit.map((line) => [line.actorId, (line.after as { version: number }).version])).toEqual([
      [ministry.id, 2],
      [ministry.id, 3],
      [partner.id, 4],
    ]);
  });
});
