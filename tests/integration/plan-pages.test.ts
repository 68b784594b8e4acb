import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createAction, createPlan, createRound, reportAction } from '../support/factories';
import { truncateAll } from '../support/test-database';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { findPublishedPlans } from '@/lib/plans/find-plans';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const source = loadSeedData().plans[0]!;

describe('the public plan pages’ queries', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
  });

  it('lists the plan with its latest published round', async () => {
    const [plan] = await findPublishedPlans();
    expect(plan).toMatchObject({ slug: 'actieplan-pleegzorg', roundCount: 3, latestRound: { key: 'voortgang-2019-najaar' } });
  });

  it('shows the latest published round by default, in the document’s order', async () => {
    const overview = (await findPlanOverview('actieplan-pleegzorg'))!;
    expect(overview.round.key).toBe('voortgang-2019-najaar');
    expect(overview.rounds.map((r) => r.key)).toEqual(source.rounds.map((r) => r.key));

    const latest = source.rounds.at(-1)!;
    const titles = overview.lines.flatMap((line) => line.actions.map((a) => a.title));
    expect(titles).toEqual(latest.entries.map((e) => e.title));
    // Parts A, B and C head their sub-lines even though the parts report no actions themselves.
    expect(overview.lines.map((l) => l.code)).toEqual(expect.arrayContaining(['A', 'A1', 'B', 'C3']));
  });

  it('shows the four actielijnen of the early-2019 round with the round’s introductions', async () => {
    const overview = (await findPlanOverview('actieplan-pleegzorg', 'voortgang-2019-voorjaar'))!;
    expect(overview.lines.map((l) => l.code)).toEqual(['1', '2', '3', '4']);
    expect(overview.lines.every((l) => l.intro && l.intro.length > 0)).toBe(true);
    const completed = overview.lines.flatMap((l) => l.actions).filter((a) => a.status === 'COMPLETED');
    const marked = source.rounds[1]!.entries.filter((e) => e.status === 'COMPLETED');
    expect(completed.map((a) => a.title)).toEqual(marked.map((e) => e.title));
  });

  it('finds nothing for an unknown plan or round, or a round that is not published', async () => {
    const { plan } = await createPlan(db);
    const draft = await createRound(db, plan.id, { state: 'CLOSED' });
    expect(await findPlanOverview('bestaat-niet')).toBeNull();
    expect(await findPlanOverview('actieplan-pleegzorg', 'bestaat-niet')).toBeNull();
    expect(await findPlanOverview(plan.slug)).toBeNull();
    expect(await findPlanOverview(plan.slug, draft.key)).toBeNull();
  });

  it('gives an action’s history across rounds, newest first, only from published rounds', async () => {
    const { plan, line } = await createPlan(db);
    const first = await createRound(db, plan.id, { date: '2020-01-01' });
    const second = await createRound(db, plan.id, { date: '2020-06-01' });
    const draft = await createRound(db, plan.id, { date: '2021-01-01', state: 'DRAFT' });
    const action = await createAction(db, plan.id, line.id);
    for (const [round, result] of [[first, 'eerst'], [second, 'daarna'], [draft, 'concept']] as const) {
      await reportAction(db, { actionId: action.id, roundId: round.id, lineId: line.id, result });
    }
    const history = (await findActionHistory(plan.slug, action.id))!;
    expect(history.history.map((h) => h.result)).toEqual(['daarna', 'eerst']);
    expect(await findActionHistory('actieplan-pleegzorg', action.id)).toBeNull();
  });
});
