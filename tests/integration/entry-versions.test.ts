/**
 * An entry's versions on its page: two compared word by word, an earlier one restored as a new
 * version under saveActionUpdate's rules (refused when someone saved meanwhile), and the
 * ministry's own edits visible to everyone concerned: *bewerkt door het ministerie* in the
 * workspace, the review and the entry's page, who saved each version, and the conflict message a
 * partner gets when the ministry saved first.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { addedRows, snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { findRoundReview } from '@/lib/review/find-round-review';
import { findEntryForEditing } from '@/lib/updates/find-entry-for-editing';
import { findWorkspace } from '@/lib/updates/find-workspace';
import { restoreVersion } from '@/lib/updates/restore-version';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

/** JN's action in an open round: version 1 as the previous round had it, version 2 by the partner. */
async function scene() {
  const jn = await createOrganisation(db);
  const reported = await createReportedAction(db, { organisationIds: [jn.id], state: 'OPEN', reviewState: 'IN_PROGRESS' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  const partner = await createUser(db, { organisationId: jn.id, name: 'Petra Partner' });
  await saveActionUpdate({
    user: partner,
    entryId: reported.entry.id,
    baseVersion: 1,
    content: { status: 'DELAYED', result: 'De werving loopt in vijf regio’s.', planning: 'voorjaar 2027' },
  });
  return { ...reported, ministry, partner };
}

/** A second action of the round's organisation whose version 1 the ministry copied in when it opened the round. */
async function copiedByTheMinistry(roundId: number, ministryId: number): Promise<number> {
  const round = await db.reportingRound.findUniqueOrThrow({ where: { id: roundId }, select: { planId: true } });
  const first = await db.action.findFirstOrThrow({ where: { planId: round.planId }, include: { responsibilities: true } });
  const action = await db.action.create({
    data: {
      planId: round.planId,
      lineId: first.lineId,
      key: 'a2',
      title: 'Tweede actie',
      position: 1,
      responsibilities: { create: { organisationId: first.responsibilities[0]!.organisationId, position: 0 } },
    },
  });
  const entry = await db.actionEntry.create({ data: { actionId: action.id, roundId, lineId: first.lineId, position: 1, reviewState: 'NOT_STARTED' } });
  const update = await db.actionUpdate.create({
    data: { entryId: entry.id, version: 1, title: 'Tweede actie', status: 'IN_PROGRESS', result: 'Gekopieerd', planning: 'eind 2026', createdById: ministryId },
  });
  await db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
  return entry.id;
}

async function snapshotAndError(run: () => Promise<unknown>) {
  const before = await snapshotTables(db);
  const error = await run().then(() => null, (e: unknown) => e);
  return { error, unchanged: JSON.stringify(await snapshotTables(db)) === JSON.stringify(before) };
}

describe('the versions of an entry', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('compares two versions word by word: the ones asked for, else the previous against the current', async () => {
    const { entry, ministry } = await scene();
    const standard = await findEntryForEditing({ user: ministry, entryId: entry.id });
    expect(standard!.comparison).toMatchObject({ from: 1, to: 2, status: { from: 'IN_PROGRESS', to: 'DELAYED' }, notice: null });
    expect(standard!.comparison!.result.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['removed', 'Vorige tekst'],
      ['added', 'De werving loopt in vijf regio’s.'],
    ]);
    const reversed = await findEntryForEditing({ user: ministry, entryId: entry.id, compare: { from: 2, to: 1 } });
    expect(reversed!.comparison).toMatchObject({ from: 2, to: 1, notice: null });
    const missing = await findEntryForEditing({ user: ministry, entryId: entry.id, compare: { from: 1, to: 9 } });
    expect(missing!.comparison).toMatchObject({ from: 1, to: 2, notice: 'Versie 9 bestaat niet; nu worden de laatste twee vergeleken.' });
    const same = await findEntryForEditing({ user: ministry, entryId: entry.id, compare: { from: 2, to: 2 } });
    expect(same!.comparison!.notice).toBe('Kies twee verschillende versies; nu worden de laatste twee vergeleken.');
  });

  it('restores version 1 as version 3 with its content, audited with the version restored', async () => {
    const { entry, ministry } = await scene();
    const before = await snapshotTables(db);
    const result = await restoreVersion({ user: ministry, entryId: entry.id, version: 1, baseVersion: 2 });
    const after = await snapshotTables(db);
    expect(result).toEqual({ version: 3, changed: true, reviewState: 'IN_PROGRESS' });
    const versions = await db.actionUpdate.findMany({ where: { entryId: entry.id }, orderBy: { version: 'asc' } });
    const content = (v: (typeof versions)[number]) => ({ status: v.status, result: v.result, planning: v.planning });
    expect(versions.map((v) => v.version)).toEqual([1, 2, 3]);
    expect(content(versions[2]!)).toEqual(content(versions[0]!));
    // Its planning is read as any save reads it, against the round's date.
    expect(versions[2]!.deadlineEnd?.toISOString().slice(0, 10)).toBe('2026-12-31');
    expect(versions[2]!.createdById).toBe(ministry.id);
    expect(addedRows(before, after, 'audit_log')).toMatchObject([
      { permission: 'update.save', actor_id: ministry.id, after: { version: 3, status: 'IN_PROGRESS', result: 'Vorige tekst', restoredFromVersion: 1 } },
    ]);
    const page = await findEntryForEditing({ user: ministry, entryId: entry.id });
    expect(page!.versions.map((v) => [v.version, v.savedBy, v.savedByMinistry])).toEqual([
      [3, 'Mira Ministerie', true],
      [2, 'Petra Partner', false],
      [1, null, false],
    ]);
  });

  it('refuses a restore based on a version that moved on, naming who saved, and changes nothing', async () => {
    const { entry, ministry, partner } = await scene();
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 2, content: { status: 'DELAYED', result: 'Nog later.', planning: 'zomer 2027' } });
    const { error, unchanged } = await snapshotAndError(() => restoreVersion({ user: ministry, entryId: entry.id, version: 1, baseVersion: 2 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).message).toBe(
      'Petra Partner heeft deze actie intussen gewijzigd (versie 3). Uw tekst is niet opgeslagen; vergelijk hem met de tekst hieronder en sla opnieuw op.',
    );
    expect((error as ConflictError).conflict).toMatchObject({ version: 3, savedBy: 'Petra Partner', result: 'Nog later.' });
    expect(unchanged).toBe(true);

    const absent = await snapshotAndError(() => restoreVersion({ user: ministry, entryId: entry.id, version: 9, baseVersion: 3 }));
    expect(absent.error).toBeInstanceOf(NotFoundError);
    expect((absent.error as Error).message).toBe('Versie 9 van deze actie bestaat niet.');
    expect(absent.unchanged).toBe(true);
  });

  it('names the ministry when a partner’s save is refused because the ministry saved first', async () => {
    const { entry, ministry, partner } = await scene();
    await saveActionUpdate({ user: ministry, entryId: entry.id, baseVersion: 2, content: { status: 'DELAYED', result: 'Door het ministerie.', planning: 'zomer 2027' } });
    const { error, unchanged } = await snapshotAndError(() =>
      saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 2, content: { status: 'IN_PROGRESS', result: 'Van de partner.', planning: 'eind 2026' } }),
    );
    expect((error as ConflictError).message).toBe(
      'Het ministerie (Mira Ministerie) heeft deze actie intussen gewijzigd (versie 3). Uw tekst is niet opgeslagen; vergelijk hem met de tekst hieronder en sla opnieuw op.',
    );
    expect(unchanged).toBe(true);
  });

  it('shows bewerkt door het ministerie in the workspace, the review and on the entry’s page, also after the partner saved again', async () => {
    const { entry, round, ministry, partner } = await scene();
    const copied = await copiedByTheMinistry(round.id, ministry.id);
    const flags = async (entryId: number) => {
      const [workspace] = await findWorkspace({ user: partner });
      const review = await findRoundReview({ user: ministry, roundId: round.id });
      const page = await findEntryForEditing({ user: ministry, entryId });
      const of = (entries: { id: number; ministryEdit: unknown }[]) => entries.find((e) => e.id === entryId)!.ministryEdit;
      return [of(workspace!.entries), of(review!.entries), page!.entry.ministryEdit];
    };
    expect(await flags(entry.id)).toEqual([null, null, null]);
    // Version 1 copied by the ministry when the round opened is no edit.
    expect(await flags(copied)).toEqual([null, null, null]);

    await saveActionUpdate({ user: ministry, entryId: entry.id, baseVersion: 2, content: { status: 'DELAYED', result: 'Ingekort.', planning: 'voorjaar 2027' } });
    const edit = { version: 3, by: 'Mira Ministerie' };
    expect(await flags(entry.id)).toEqual([edit, edit, edit]);
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 3, content: { status: 'DELAYED', result: 'Aangevuld.', planning: 'voorjaar 2027' } });
    expect(await flags(entry.id)).toEqual([edit, edit, edit]);
    const page = await findEntryForEditing({ user: ministry, entryId: entry.id });
    expect(page!.entry.current).toMatchObject({ version: 4, savedBy: 'Petra Partner', savedByMinistry: false });
  });
});
