/**
 * Two ministry editors create the next round of a plan at the same moment: the one whose insert
 * waited behind the other's gets the same Dutch refusal as when it came later, naming that round.
 */
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { untilSomeoneWaitsForALock } from '../support/lock-waits';
import { truncateAll } from '../support/test-database';
import { ForbiddenError } from '@/lib/errors';
import { createRound } from '@/lib/rounds/create-round';

describe('creating a round while another request creates one', () => {
  let other: pg.Client;

  beforeEach(async () => {
    await truncateAll(databaseUrl);
    other = new pg.Client({ connectionString: databaseUrl });
    await other.connect();
  });

  afterEach(async () => {
    await other.end();
  });

  it('refuses the second once the first commits, naming the first', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const plan = await db.plan.create({ data: { slug: 'gelijktijdig', title: 'Plan' } });
    await other.query('BEGIN');
    await other.query(
      `INSERT INTO reporting_rounds (plan_id, key, title, date, state, updated_at) VALUES ($1, 'eerste', 'Eerste ronde', '2026-06-01', 'DRAFT', now())`,
      [plan.id],
    );
    // The app's check sees no round yet (not committed); its insert waits on the partial unique index.
    const second = createRound({ user: ministry, planId: plan.id, title: 'Tweede ronde', date: '2026-06-01' }).catch((error: unknown) => error);
    await untilSomeoneWaitsForALock(databaseUrl, second);
    await other.query('COMMIT');

    const refused = await second;
    expect(refused).toBeInstanceOf(ForbiddenError);
    expect(refused).toMatchObject({ message: 'Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘Eerste ronde’ (concept).' });
    expect(await db.reportingRound.findMany({ select: { title: true } })).toEqual([{ title: 'Eerste ronde' }]);
    expect(await db.auditLogEntry.count()).toBe(0);
  });
});
