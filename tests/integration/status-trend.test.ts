import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createAction, createPlan, createRound, reportAction } from '../support/factories';
import { truncateAll } from '../support/test-database';
import { countStatuses } from '@/lib/actions/status-counts';
import { findStatusTrend } from '@/lib/plans/find-status-trend';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const source = loadSeedData().plans[0]!;

/** Counts the SQL statements the app's pg driver sends while `run` runs. */
async function countQueries(run: () => Promise<unknown>): Promise<number> {
  const spy = vi.spyOn(pg.Client.prototype, 'query');
  await run();
  const count = spy.mock.calls.length;
  spy.mockRestore();
  return count;
}

describe('findStatusTrend', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
  });
  afterEach(() => vi.restoreAllMocks());

  it('counts the statuses of every published round of the real plan, oldest first', async () => {
    const trend = await findStatusTrend('actieplan-pleegzorg');
    expect(trend.map((t) => t.round.key)).toEqual(source.rounds.map((r) => r.key));
    for (const [index, round] of source.rounds.entries()) {
      expect(trend[index]!.counts).toEqual(countStatuses(round.entries));
      expect(trend[index]!.round.date).toEqual(new Date(`${round.date}T00:00:00.000Z`));
    }
  });

  it('leaves out rounds that are not published, and keeps published rounds without actions', async () => {
    const { plan, line } = await createPlan(db);
    const published = await createRound(db, plan.id, { date: '2020-01-01' });
    const empty = await createRound(db, plan.id, { date: '2020-06-01' });
    const draft = await createRound(db, plan.id, { date: '2021-01-01', state: 'CLOSED' });
    for (const [index, status] of (['COMPLETED', 'COMPLETED', 'DELAYED'] as const).entries()) {
      const action = await createAction(db, plan.id, line.id);
      await reportAction(db, { actionId: action.id, roundId: published.id, lineId: line.id, status });
      await reportAction(db, { actionId: action.id, roundId: draft.id, lineId: line.id, position: index });
    }
    // An entry whose update was never saved is not reported.
    const unsaved = await createAction(db, plan.id, line.id);
    await db.actionEntry.create({ data: { actionId: unsaved.id, roundId: published.id, lineId: line.id, position: 9 } });

    const trend = await findStatusTrend(plan.slug);
    expect(trend.map((t) => t.round.key)).toEqual([published.key, empty.key]);
    expect(trend[0]!.counts).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, DELAYED: 1, COMPLETED: 2, STOPPED: 0 });
    expect(trend[1]!.counts).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, DELAYED: 0, COMPLETED: 0, STOPPED: 0 });
  });

  it('is empty for an unknown plan', async () => {
    expect(await findStatusTrend('bestaat-niet')).toEqual([]);
  });

  it('sends one query, whatever the number of rounds and actions', async () => {
    const { plan, line } = await createPlan(db);
    const small = await countQueries(() => findStatusTrend(plan.slug));
    for (const date of ['2020-01-01', '2020-06-01', '2021-01-01', '2021-06-01']) {
      const round = await createRound(db, plan.id, { date });
      for (let i = 0; i < 3; i++) {
        const action = await createAction(db, plan.id, line.id);
        await reportAction(db, { actionId: action.id, roundId: round.id, lineId: line.id, position: i });
      }
    }
    const large = await countQueries(() => findStatusTrend(plan.slug));
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(1);
  });
});
