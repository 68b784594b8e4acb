/**
 * Taking back an approval or a return while the round is open: the review as it was comes back,
 * only when nothing happened to the entry since (compare-and-set), and the comment thread only grows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createReviewScene } from '../support/review-scene';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { approveEntries } from '@/lib/review/approve-entries';
import { approveEntry } from '@/lib/review/approve-entry';
import { returnEntry } from '@/lib/review/return-entry';
import { undoReview } from '@/lib/review/undo-review';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

const reviewOf = (entryId: number) =>
  db.actionEntry.findUniqueOrThrow({
    where: { id: entryId },
    select: { reviewState: true, reviewComment: true, reviewedById: true, reviewedAt: true },
  });

async function expectRefused(run: () => Promise<unknown>, error: typeof ConflictError | typeof ForbiddenError, message: string) {
  const before = await snapshotTables(db);
  const call = run();
  await expect(call).rejects.toThrow(error);
  await expect(call).rejects.toThrow(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}$`));
  expect(await snapshotTables(db)).toEqual(before);
}

describe('undoing an approval or a return', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('restores the review from before an approval (here: a return, with its comment and reviewer), audited', async () => {
    const { entries, ministry } = await createReviewScene(db);
    await returnEntry({ user: ministry, entryId: entries.shared.id, version: 1, comment: 'Graag een datum.' });
    const returned = await reviewOf(entries.shared.id);
    await approveEntries({ user: ministry, entries: [{ entryId: entries.shared.id, version: 1 }] });

    expect(await undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'APPROVED' })).toEqual({
      title: 'Gedeeld',
      reviewState: 'RETURNED',
    });
    expect(await reviewOf(entries.shared.id)).toEqual(returned);
    const [line] = await db.auditLogEntry.findMany({ where: { permission: 'entry.undoReview' } });
    expect(line).toMatchObject({
      actorId: ministry.id,
      entityId: String(entries.shared.id),
      before: { reviewState: 'APPROVED', reviewComment: null, version: 1 },
      after: { reviewState: 'RETURNED', reviewComment: 'Graag een datum.', version: 1, undone: 'entry.approve' },
    });
  });

  it('undoes a return by appending a note to the comment thread, removing nothing', async () => {
    const { entries, ministry } = await createReviewScene(db);
    const original = await reviewOf(entries.shared.id);
    await returnEntry({ user: ministry, entryId: entries.shared.id, version: 1, comment: 'Klopt dit?' });
    const thread = await db.entryComment.findMany({ where: { entryId: entries.shared.id }, orderBy: { id: 'asc' } });

    await undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'RETURNED' });

    expect(await reviewOf(entries.shared.id)).toEqual(original);
    const after = await db.entryComment.findMany({ where: { entryId: entries.shared.id }, orderBy: { id: 'asc' } });
    expect(after.slice(0, thread.length)).toEqual(thread);
    expect(after.slice(thread.length)).toMatchObject([{ kind: 'NOTE', body: 'Terugsturen ongedaan gemaakt.', authorId: ministry.id, version: 1 }]);

    // Whoever was mailed the return is told it no longer holds: the same addresses, once.
    const mail = await db.mailMessage.findMany({ where: { kind: { in: ['entry.returned', 'entry.return-undone'] } }, orderBy: { id: 'asc' } });
    const to = (kind: string) => mail.filter((m) => m.kind === kind).map((m) => m.toAddress).sort();
    expect(to('entry.returned').length).toBeGreaterThan(0);
    expect(to('entry.return-undone')).toEqual(to('entry.returned'));
    expect(mail.find((m) => m.kind === 'entry.return-undone')?.text).toContain('ongedaan gemaakt');
  });

  it('refuses when the entry was saved again since, naming the new version', async () => {
    const { entries, ministry, partnerA } = await createReviewScene(db);
    await returnEntry({ user: ministry, entryId: entries.delayed.id, version: 1, comment: 'Wanneer?' });
    await saveActionUpdate({
      user: partnerA,
      entryId: entries.delayed.id,
      baseVersion: 1,
      content: { status: 'DELAYED', result: 'Eerste fase loopt uit tot juni.', planning: 'juni 2020' },
    });
    await expectRefused(
      () => undoReview({ user: ministry, entryId: entries.delayed.id, version: 1, reviewState: 'RETURNED' }),
      ConflictError,
      '‘Vertraagd’ is intussen gewijzigd (nu versie 2); niet ongedaan gemaakt.',
    );
  });

  it('refuses when the entry is in another state now, or was reviewed again since', async () => {
    const { entries, ministry } = await createReviewScene(db);
    await approveEntry({ user: ministry, entryId: entries.shared.id, version: 1 });
    await undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'APPROVED' });
    await expectRefused(
      () => undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'APPROVED' }),
      ConflictError,
      '‘Gedeeld’ staat intussen op ‘klaar voor controle’; niet ongedaan gemaakt.',
    );
    // Approved, returned, the return undone: approved again, but not by the approval it would take back.
    await approveEntry({ user: ministry, entryId: entries.shared.id, version: 1 });
    await returnEntry({ user: ministry, entryId: entries.shared.id, version: 1, comment: 'Toch niet.' });
    await undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'RETURNED' });
    expect((await reviewOf(entries.shared.id)).reviewState).toBe('APPROVED');
    await expectRefused(
      () => undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'APPROVED' }),
      ConflictError,
      '‘Gedeeld’ is sindsdien opnieuw beoordeeld of al teruggezet; niet ongedaan gemaakt.',
    );
  });

  it('is for the ministry only, and only while the round is open', async () => {
    const { entries, ministry, partnerA } = await createReviewScene(db, { state: 'CLOSED' });
    await approveEntry({ user: ministry, entryId: entries.shared.id, version: 1 });
    await expectRefused(
      () => undoReview({ user: partnerA, entryId: entries.shared.id, version: 1, reviewState: 'APPROVED' }),
      ForbiddenError,
      'Alleen redacteuren van het ministerie mogen dit.',
    );
    await expectRefused(
      () => undoReview({ user: ministry, entryId: entries.shared.id, version: 1, reviewState: 'APPROVED' }),
      ForbiddenError,
      'Ongedaan maken kan alleen zolang de ronde open is voor invoer.',
    );
  });
});
