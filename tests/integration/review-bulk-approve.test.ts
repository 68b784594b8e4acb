/**
 * Approving a selection: each entry as the reviewer saw it. A changed one, or one approved already,
 * is skipped and reported by title; the rest is approved and audited one by one.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createReviewScene } from '../support/review-scene';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { approveEntries } from '@/lib/review/approve-entries';
import { approveEntry } from '@/lib/review/approve-entry';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { approveEntriesSchema, MAX_BULK_APPROVALS } from '@/lib/validation/review';

const reviewOf = (entryId: number) =>
  db.actionEntry.findUniqueOrThrow({ where: { id: entryId }, select: { reviewState: true, reviewedById: true } });
const approvals = () => db.auditLogEntry.findMany({ where: { permission: 'entry.approve' }, orderBy: { id: 'asc' } });

describe('approving a selection of entries', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('approves those still at the version seen, and skips and reports the one a partner changed meanwhile', async () => {
    const { entries, ministry, partnerA } = await createReviewScene(db);
    await saveActionUpdate({
      user: partnerA,
      entryId: entries.delayed.id,
      baseVersion: 1,
      content: { status: 'DELAYED', result: 'Nog verder uitgelopen.', planning: 'juni 2020' },
    });
    const before = await reviewOf(entries.delayed.id);

    const outcome = await approveEntries({
      user: ministry,
      entries: [
        { entryId: entries.shared.id, version: 1 },
        { entryId: entries.delayed.id, version: 1 },
        { entryId: entries.still.id, version: 1 },
      ],
    });

    expect(outcome.skipped).toEqual([
      { entryId: entries.delayed.id, title: 'Vertraagd', reason: '‘Vertraagd’ is intussen gewijzigd (versie 2); niet goedgekeurd.' },
    ]);
    expect(outcome.approved.map((a) => a.title).sort()).toEqual(['Gedeeld', 'Stilstaand']);
    expect(await reviewOf(entries.shared.id)).toEqual({ reviewState: 'APPROVED', reviewedById: ministry.id });
    expect(await reviewOf(entries.still.id)).toEqual({ reviewState: 'APPROVED', reviewedById: ministry.id });
    expect(await reviewOf(entries.delayed.id)).toEqual(before);
    const audited = await approvals();
    expect(audited.map((line) => [Number(line.entityId), line.actorId, line.after])).toEqual(
      [entries.still.id, entries.shared.id]
        .sort((a, b) => a - b)
        .map((id) => [id, ministry.id, { reviewState: 'APPROVED', version: 1 }]),
    );
    expect(audited.find((line) => Number(line.entityId) === entries.shared.id)!.before).toMatchObject({
      reviewState: 'READY_FOR_REVIEW',
      reviewComment: null,
      version: 1,
    });
  });

  it('skips an entry approved already, without a second audit line', async () => {
    const { entries, ministry } = await createReviewScene(db);
    await approveEntry({ user: ministry, entryId: entries.shared.id, version: 1 });
    const outcome = await approveEntries({
      user: ministry,
      entries: [
        { entryId: entries.shared.id, version: 1 },
        { entryId: entries.noPartner.id, version: 1 },
        { entryId: entries.noPartner.id, version: 1 },
      ],
    });
    expect(outcome).toEqual({
      approved: [{ entryId: entries.noPartner.id, title: 'Zonder partner', version: 1 }],
      skipped: [{ entryId: entries.shared.id, title: 'Gedeeld', reason: '‘Gedeeld’ was al goedgekeurd.' }],
    });
    expect(await approvals()).toHaveLength(2);
  });

  it('refuses a partner with the exact message and changes nothing', async () => {
    const { entries, partnerA } = await createReviewScene(db);
    const before = await snapshotTables(db);
    const call = approveEntries({ user: partnerA, entries: [{ entryId: entries.delayed.id, version: 1 }] });
    await expect(call).rejects.toThrow(ForbiddenError);
    await expect(call).rejects.toThrow(/^Alleen redacteuren van het ministerie mogen dit\.$/);
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('refuses the whole selection when one entry does not exist, or the round is not open or closed', async () => {
    const { entries, ministry, round } = await createReviewScene(db);
    const before = await snapshotTables(db);
    const forged = approveEntries({ user: ministry, entries: [{ entryId: entries.shared.id, version: 1 }, { entryId: 999_999, version: 1 }] });
    await expect(forged).rejects.toThrow(NotFoundError);
    expect(await snapshotTables(db)).toEqual(before);

    await db.reportingRound.update({ where: { id: round.id }, data: { state: 'DRAFT' } });
    const drafted = await snapshotTables(db);
    const draft = approveEntries({ user: ministry, entries: [{ entryId: entries.shared.id, version: 1 }] });
    await expect(draft).rejects.toThrow(/^Alleen in een open of gesloten ronde\.$/);
    expect(await snapshotTables(db)).toEqual(drafted);
  });

  it('reads the selection as "entry:version" pairs, bounded, with Dutch messages', () => {
    expect(approveEntriesSchema.parse({ selectie: ['12:3', '14:1'] }).selectie).toEqual([
      { entryId: 12, version: 3 },
      { entryId: 14, version: 1 },
    ]);
    expect(approveEntriesSchema.parse({ selectie: '12:3' }).selectie).toEqual([{ entryId: 12, version: 3 }]);
    const messages = (input: unknown) => approveEntriesSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({})).toEqual(['Kies eerst een of meer acties om goed te keuren.']);
    expect(messages({ selectie: ['12'] })).toEqual(['Ongeldige keuze.']);
    expect(messages({ selectie: ['0:1'] })).toEqual(['Ongeldige keuze.']);
    expect(messages({ selectie: ['3:0'] })).toEqual(['Ongeldige versie.']);
    const tooMany = Array.from({ length: MAX_BULK_APPROVALS + 1 }, (_, i) => `${i + 1}:1`);
    expect(messages({ selectie: tooMany })).toEqual([`Keur hoogstens ${MAX_BULK_APPROVALS} acties tegelijk goed.`]);
  });
});
