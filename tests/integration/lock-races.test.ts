/**
 * Requests at the same moment, made deterministic: a second connection takes the locks a competing
 * request takes and makes its change, the call under test starts, the test waits until Postgres
 * reports that call waiting for the second connection's lock, and only then lets the second one
 * commit. The call must then see the other change. Without its `FOR UPDATE`/`FOR SHARE` the call
 * would not wait (the test says so) or would overwrite the other change.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createOrganisation, createReportedAction, createUser } from '../support/editing-factories';
import { closeLockHolders, openLockHolder, raceAgainst, type LockHolder } from '../support/lock-holder';
import { truncateAll } from '../support/test-database';
import type { RoundState } from '@/lib/generated/prisma/client';
import { ConflictError, ForbiddenError } from '@/lib/errors';
import { approveEntry } from '@/lib/review/approve-entry';
import { createRound } from '@/lib/rounds/create-round';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { publishRound } from '@/lib/rounds/publish-round';
import { saveActionUpdate } from '@/lib/updates/save-action-update';

async function reportedEntry(state: RoundState = 'OPEN') {
  const organisation = await createOrganisation(db);
  const fixture = await createReportedAction(db, { organisationIds: [organisation.id], state });
  const partner = await createUser(db, { organisationId: organisation.id, name: 'Petra Partner' });
  const colleague = await createUser(db, { organisationId: organisation.id, name: 'Kees Collega' });
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  return { ...fixture, partner, colleague, ministry };
}

const text = (result: string) => ({ status: 'IN_PROGRESS' as const, result, planning: 'eind 2027' });
const versionsOf = async (entryId: number) =>
  (await db.actionUpdate.findMany({ where: { entryId }, orderBy: { version: 'asc' } })).map((v) => v.result);
const outcomeOf = (call: Promise<unknown>) => call.then(() => 'opgeslagen', (error: unknown) => error);

/** What a save does while it commits: the entry's row locked, a new version, the pointer moved. */
async function saveInProgress(holder: LockHolder, options: { entryId: number; version: number; result: string; by: number }) {
  await holder.query('SELECT id FROM action_entries WHERE id = $1 FOR UPDATE', [options.entryId]);
  const [created] = await holder.query<{ id: number }>(
    `INSERT INTO action_updates (entry_id, version, title, status, result, planning, created_by_id)
     VALUES ($1, $2, 'Een actie', 'IN_PROGRESS', $3, 'eind 2027', $4) RETURNING id`,
    [options.entryId, options.version, options.result, options.by],
  );
  await holder.query(`UPDATE action_entries SET current_update_id = $1, review_state = 'IN_PROGRESS' WHERE id = $2`, [
    created!.id,
    options.entryId,
  ]);
}

/** What closing or publishing does while it commits: the round's row locked and its state changed. */
async function roundChangeInProgress(holder: LockHolder, roundId: number, state: 'CLOSED' | 'PUBLISHED') {
  await holder.query('SELECT id FROM reporting_rounds WHERE id = $1 FOR UPDATE', [roundId]);
  await holder.query('UPDATE reporting_rounds SET state = $1::"RoundState", updated_at = now() WHERE id = $2', [state, roundId]);
}

describe('requests at the same moment', () => {
  let holder: LockHolder;
  beforeEach(async () => {
    await truncateAll(databaseUrl);
    holder = await openLockHolder(databaseUrl);
  });
  afterEach(closeLockHolders);

  it('a save waits for another save of the same entry and is refused with its text', async () => {
    const { entry, partner, colleague } = await reportedEntry();
    await saveInProgress(holder, { entryId: entry.id, version: 2, result: 'Van Kees', by: colleague.id });

    const refused = await outcomeOf(
      raceAgainst(db, holder, () => saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Van Petra') })),
    );

    expect(refused).toBeInstanceOf(ConflictError);
    expect((refused as ConflictError).conflict).toMatchObject({ version: 2, savedBy: 'Kees Collega', result: 'Van Kees' });
    expect(await versionsOf(entry.id)).toEqual(['Vorige tekst', 'Van Kees']);
  });

  it('an approval waits for a save of a newer version and is refused', async () => {
    const { entry, partner, ministry } = await reportedEntry();
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Klaar'), markReady: true });
    await saveInProgress(holder, { entryId: entry.id, version: 3, result: 'Toch nog iets', by: partner.id });

    const refused = await outcomeOf(raceAgainst(db, holder, () => approveEntry({ user: ministry, entryId: entry.id, version: 2 })));

    expect(refused).toBeInstanceOf(ConflictError);
    const current = await db.actionEntry.findUniqueOrThrow({ where: { id: entry.id }, include: { currentUpdate: true } });
    expect([current.reviewState, current.currentUpdate!.version]).toEqual(['IN_PROGRESS', 3]);
    expect(await db.auditLogEntry.count({ where: { permission: 'entry.approve' } })).toBe(0);
  });

  it('a save waits for an approval and is refused: what was approved stands', async () => {
    const { entry, partner, ministry } = await reportedEntry();
    await saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Klaar'), markReady: true });
    await holder.query('SELECT id FROM action_entries WHERE id = $1 FOR UPDATE', [entry.id]);
    await holder.query(`UPDATE action_entries SET review_state = 'APPROVED', reviewed_by_id = $1, reviewed_at = now() WHERE id = $2`, [
      ministry.id,
      entry.id,
    ]);

    const refused = await outcomeOf(
      raceAgainst(db, holder, () => saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 2, content: text('Toch nog iets') })),
    );

    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe('Het ministerie heeft deze actie al goedgekeurd.');
    expect(await versionsOf(entry.id)).toEqual(['Vorige tekst', 'Klaar']);
  });

  it('a save waits for the close of its round and is refused', async () => {
    const { entry, round, partner } = await reportedEntry();
    await roundChangeInProgress(holder, round.id, 'CLOSED');

    const refused = await outcomeOf(
      raceAgainst(db, holder, () => saveActionUpdate({ user: partner, entryId: entry.id, baseVersion: 1, content: text('Net op tijd?') })),
    );

    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe('De rapportageronde is niet (meer) open voor invoer.');
    expect(await versionsOf(entry.id)).toEqual(['Vorige tekst']);
  });

  it('a save waits for the publication of its round and is refused', async () => {
    const { entry, round, ministry } = await reportedEntry('CLOSED');
    await roundChangeInProgress(holder, round.id, 'PUBLISHED');

    const refused = await outcomeOf(
      raceAgainst(db, holder, () => saveActionUpdate({ user: ministry, entryId: entry.id, baseVersion: 1, content: text('Laatste correctie') })),
    );

    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe('De rapportageronde is gepubliceerd en kan niet meer veranderen.');
    expect(await versionsOf(entry.id)).toEqual(['Vorige tekst']);
  });

  it('publishing waits for a publication of the same round and is refused: published once', async () => {
    const { round, ministry } = await reportedEntry('CLOSED');
    await roundChangeInProgress(holder, round.id, 'PUBLISHED');

    const publish = () => publishRound({ user: ministry, roundId: round.id, accepted: COMPLETENESS_CATEGORIES });
    const refused = await outcomeOf(raceAgainst(db, holder, publish));

    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe('De rapportageronde is gepubliceerd en kan niet meer veranderen.');
    expect(await db.auditLogEntry.count({ where: { permission: 'round.publish' } })).toBe(0);
    expect(await db.entryResponsibility.count()).toBe(0);
  });

  it('creating a round waits for another creation for the same plan and is refused with its reason', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const plan = await db.plan.create({ data: { slug: 'gelijktijdig', title: 'Plan' } });
    await holder.query('SELECT id FROM plans WHERE id = $1 FOR UPDATE', [plan.id]);
    await holder.query(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, updated_at)
       VALUES ($1, 'ronde-a', 'Ronde A', '2026-06-01', 'DRAFT', now())`,
      [plan.id],
    );

    const refused = await outcomeOf(
      raceAgainst(db, holder, () => createRound({ user: ministry, planId: plan.id, title: 'Ronde B', date: '2026-06-01' })),
    );

    expect(refused).toBeInstanceOf(ForbiddenError);
    expect((refused as Error).message).toBe('Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘Ronde A’ (concept).');
    expect((await db.reportingRound.findMany({ where: { planId: plan.id } })).map((r) => r.title)).toEqual(['Ronde A']);
  });
});
