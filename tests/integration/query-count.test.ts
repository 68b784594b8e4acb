import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createUser } from '../support/editing-factories';
import { generatePlan } from '../support/generate-plan';
import { truncateAll } from '../support/test-database';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { PrismaClient } from '@/lib/generated/prisma/client';
import type { SessionUser } from '@/lib/auth/session-user';
import { findPublicPlanDocument } from '@/lib/open-data/plan-document';
import { findRoundCompleteness } from '@/lib/rounds/find-round-completeness';
import { findFilteredPlanView } from '@/lib/plans/find-filtered-plan-view';
import { findPlannedEnds } from '@/lib/plans/find-planned-ends';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { findRoundChanges } from '@/lib/plans/find-round-changes';
import { summarize } from '@/lib/plans/status-summary';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { parsePlanFilters } from '@/lib/validation/plan-filters';

/** The app's client (lib/db.ts) swapped for one that counts the SQL statements it sends. */
const counting = new PrismaClient({
  adapter: new PrismaPg({ connectionString: databaseUrl }),
  log: [{ emit: 'event', level: 'query' }],
});
let statements = 0;
counting.$on('query', () => {
  statements++;
});

async function queriesOf(work: () => Promise<unknown>): Promise<number> {
  statements = 0;
  await work();
  return statements;
}

const SMALL = { lines: 4, actionsPerLine: 5, rounds: 3 };
const LARGE = { lines: 40, actionsPerLine: 5, rounds: 30 }; // 10× the actions and 10× the rounds

describe('public pages use a fixed number of queries, whatever the plan’s size', () => {
  const holder = globalThis as unknown as { prisma?: unknown };
  const appClient = holder.prisma;
  let small: { slug: string; actionId: number; roundId: number };
  let large: { slug: string; actionId: number; roundId: number };
  let ministry: SessionUser;

  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData()); // organisations
    for (const [name, size] of [['klein', SMALL], ['groot', LARGE]] as const) {
      await generatePlan(db, `plan-${name}`, size);
    }
    const firstAction = (slug: string) => db.action.findFirstOrThrow({ where: { plan: { slug } }, orderBy: { id: 'asc' } });
    const lastRound = (slug: string) => db.reportingRound.findFirstOrThrow({ where: { plan: { slug } }, orderBy: { date: 'desc' } });
    small = { slug: 'plan-klein', actionId: (await firstAction('plan-klein')).id, roundId: (await lastRound('plan-klein')).id };
    large = { slug: 'plan-groot', actionId: (await firstAction('plan-groot')).id, roundId: (await lastRound('plan-groot')).id };
    ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    holder.prisma = counting;
  }, 300_000);

  afterAll(async () => {
    holder.prisma = appClient;
    await counting.$disconnect();
  });

  const filters = parsePlanFilters({ q: 'pleegouders', status: 'loopt', gewijzigd: '1', verschoven: '1' }).data!;
  const pages: [string, (plan: { slug: string; actionId: number; roundId: number }) => Promise<unknown>][] = [
    ['plan overview', (p) => findPlanOverview(p.slug)],
    ['changes since the previous round', (p) => findRoundChanges(p.slug)],
    ['changes: only shifted termijnen', (p) => findRoundChanges(p.slug, undefined, { onlyShifted: true })],
    ['planned ends of the slip charts', (p) => findPlannedEnds(p.slug)],
    ['filtered and searched view', (p) => findFilteredPlanView(p.slug, filters)],
    ['action history', (p) => findActionHistory(p.slug, p.actionId)],
    ['open-data document', (p) => findPublicPlanDocument(p.slug)],
    ['completeness of a round (the ministry’s dashboard)', (p) => findRoundCompleteness({ user: ministry, roundId: p.roundId })],
  ];

  it.each(pages)('%s', async (_name, load) => {
    const forSmall = await queriesOf(() => load(small));
    const forLarge = await queriesOf(() => load(large));
    expect(forSmall).toBeGreaterThan(0);
    expect(forLarge).toBe(forSmall);
  });

  it('plan page of a large round: counts only, so fewer queries, not more', async () => {
    const countsOnly = (p: { slug: string }) => findPlanOverview(p.slug, undefined, { summariesOnlyAbove: 150 });
    const forSmall = await queriesOf(() => countsOnly(small)); // 20 actions: rows loaded
    const forLarge = await queriesOf(() => countsOnly(large)); // 200 actions: counts only
    expect(forLarge).toBeLessThan(forSmall);
  });

  it('really loads the larger plan', async () => {
    const overview = await findPlanOverview(large.slug);
    expect(overview!.summary.total).toBe(LARGE.lines * LARGE.actionsPerLine);
    expect(overview!.rounds).toHaveLength(LARGE.rounds);
  });

  it('counts in SQL exactly what the rows say, and skips the rows of a large round when asked', async () => {
    const full = (await findPlanOverview(large.slug))!;
    const countsOnly = (await findPlanOverview(large.slug, undefined, { summariesOnlyAbove: 150 }))!;
    expect(countsOnly.rowsLoaded).toBe(false);
    expect(countsOnly.lines.every((line) => line.actions.length === 0)).toBe(true);
    expect(countsOnly.summary).toEqual(full.summary);
    expect(countsOnly.lines.map((l) => l.summary)).toEqual(full.lines.map((l) => l.summary));
    expect(full.summary).toEqual(summarize(full.lines.flatMap((line) => line.actions)));
    expect(full.summary.overdue).toBeGreaterThan(0);
  });
});
