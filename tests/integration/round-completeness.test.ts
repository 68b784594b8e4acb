/**
 * Completeness before publishing, against Postgres: the dashboard lists what is still missing, and
 * a publication is refused unless every category with open items is accepted — also when one
 * appeared after the form was loaded — and records what was accepted, by whom.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { completenessScene } from '../support/completeness-scene';
import { createUser } from '../support/editing-factories';
import { closeLockHolders, openLockHolder, raceAgainst } from '../support/lock-holder';
import { snapshotTables } from '../support/snapshot-tables';
import { truncateAll } from '../support/test-database';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { closeRound } from '@/lib/rounds/close-round';
import { findRoundCompleteness, MINISTRY_OWN } from '@/lib/rounds/find-round-completeness';
import { publishRound } from '@/lib/rounds/publish-round';

const outcomeOf = (call: Promise<unknown>) => call.then(() => 'gepubliceerd', (error: unknown) => error);
const openCategories = <C extends { count: number }>(counts: C[]) => counts.filter((c) => c.count > 0);

describe('completeness of a round', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });
  afterEach(async () => {
    await closeLockHolders();
  });

  it('lists an unchanged action and a shifted deadline, per organisation and per actielijn', async () => {
    const { ministry, jn, round, entries } = await completenessScene(db);
    const completeness = (await findRoundCompleteness({ user: ministry, roundId: round.id }))!;

    expect(openCategories(completeness.counts)).toEqual([
      { category: 'unchanged', count: 1 },
      { category: 'notReady', count: 2 },
      { category: 'deadlineShifted', count: 1 },
    ]);
    expect(completeness).toMatchObject({ total: 3, discontinued: 1, canEditTexts: true });
    const [jnGroup, ownGroup] = completeness.organisations;
    expect(jnGroup).toMatchObject({ abbreviation: jn.abbreviation, total: 2, updated: 1, ready: 0, approved: 1 });
    expect(jnGroup!.open).toEqual([
      expect.objectContaining({ id: entries.unchanged, title: 'Ongewijzigd', items: [{ category: 'unchanged' }, { category: 'notReady' }] }),
      expect.objectContaining({
        id: entries.shifted,
        title: 'Verschoven',
        reviewState: 'APPROVED',
        items: [{ category: 'deadlineShifted', shift: { previousEnd: '2026-12-31', newEnd: '2027-05-31', months: 5 } }],
      }),
    ]);
    // The action no partner is responsible for is the ministry's own; new, so never "unchanged".
    expect(ownGroup).toMatchObject({ ...MINISTRY_OWN, total: 1, updated: 1, approved: 0 });
    expect(ownGroup!.open).toEqual([expect.objectContaining({ id: entries.own, responsible: [], items: [{ category: 'notReady' }] })]);
    expect(completeness.lines).toEqual([
      expect.objectContaining({ code: '1', title: 'Werving', total: 3, updated: 2, approved: 1 }),
    ]);
    expect(completeness.lines[0]!.open.map((e) => e.title)).toEqual(['Ongewijzigd', 'Verschoven', 'Eigen actie']);
  });

  it('is the ministry’s: a partner editor and a reader are refused', async () => {
    const { partner, round } = await completenessScene(db);
    for (const [user, message] of [
      [partner, 'Alleen redacteuren van het ministerie mogen dit.'],
      [null, 'Log in om dit te doen.'],
    ] as const) {
      const refused = await findRoundCompleteness({ user, roundId: round.id }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ForbiddenError);
      expect((refused as Error).message).toBe(message);
    }
  });

  it('refuses to publish while a category with open items is not accepted, and changes nothing', async () => {
    const { ministry, round } = await completenessScene(db);
    await closeRound({ user: ministry, roundId: round.id });
    const before = await snapshotTables(db);

    const refused = await outcomeOf(publishRound({ user: ministry, roundId: round.id, accepted: ['unchanged'] }));

    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toBe(
      'Niet gepubliceerd: accepteer eerst deze categorieën met openstaande punten, of werk ze bij: ‘niet klaar voor controle’ (2) en ‘termijn verschoven’ (1).',
    );
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('counts again once the round is locked: a change committed before that is a category not accepted', async () => {
    const { ministry, round, entries } = await completenessScene(db);
    await closeRound({ user: ministry, roundId: round.id });
    // What the publish form showed, and the editor accepted all of it.
    const shown = openCategories((await findRoundCompleteness({ user: ministry, roundId: round.id }))!.counts);
    const accepted = shown.map((c) => c.category);
    // Meanwhile another editor's save is committing: the round locked, the planning emptied.
    const holder = await openLockHolder(databaseUrl);
    await holder.query('SELECT id FROM reporting_rounds WHERE id = $1 FOR UPDATE', [round.id]);
    const [version] = await holder.query<{ id: number }>(
      `INSERT INTO action_updates (entry_id, version, title, status, result, planning, created_by_id)
       VALUES ($1, 3, 'Eigen actie', 'IN_PROGRESS', 'Gestart.', '', $2) RETURNING id`,
      [entries.own, ministry.id],
    );
    await holder.query('UPDATE action_entries SET current_update_id = $1 WHERE id = $2', [version!.id, entries.own]);

    const refused = await outcomeOf(raceAgainst(db, holder, () => publishRound({ user: ministry, roundId: round.id, accepted })));

    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as Error).message).toBe(
      'Niet gepubliceerd: accepteer eerst deze categorie met openstaande punten, of werk ze bij: ‘planning zonder datum’ (1).',
    );
    expect((await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('CLOSED');
    expect(await db.auditLogEntry.count({ where: { permission: 'round.publish' } })).toBe(0);
  });

  it('publishes with every open category accepted and records what was accepted, and by whom', async () => {
    const { ministry, round } = await completenessScene(db);
    await closeRound({ user: ministry, roundId: round.id });
    const other = await createUser(db, { role: 'MINISTRY_EDITOR' });

    await publishRound({ user: other, roundId: round.id, accepted: ['unchanged', 'notReady', 'deadlineShifted'] });

    expect((await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('PUBLISHED');
    const audit = await db.auditLogEntry.findFirstOrThrow({ where: { permission: 'round.publish', entityId: String(round.id) } });
    expect(audit.actorId).toBe(other.id);
    expect(audit.after).toEqual({
      state: 'PUBLISHED',
      entriesNotApproved: 3,
      accepted: [
        { category: 'unchanged', count: 1 },
        { category: 'notReady', count: 2 },
        { category: 'deadlineShifted', count: 1 },
      ],
    });
  });
});
