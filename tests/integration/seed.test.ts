import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const data = loadSeedData();
const plan = data.plans[0]!;

/** Every row of every table, for comparing the database before and after. */
async function snapshot() {
  return {
    organisations: await db.organisation.findMany({ orderBy: { id: 'asc' } }),
    plans: await db.plan.findMany({ orderBy: { id: 'asc' } }),
    lines: await db.actionLine.findMany({ orderBy: { id: 'asc' } }),
    actions: await db.action.findMany({ orderBy: { id: 'asc' } }),
    responsibilities: await db.actionResponsibility.findMany({ orderBy: [{ actionId: 'asc' }, { position: 'asc' }] }),
    rounds: await db.reportingRound.findMany({ orderBy: { id: 'asc' } }),
    intros: await db.roundLineIntro.findMany({ orderBy: [{ roundId: 'asc' }, { lineId: 'asc' }] }),
    entries: await db.actionEntry.findMany({ orderBy: { id: 'asc' } }),
    updates: await db.actionUpdate.findMany({ orderBy: { id: 'asc' } }),
    publishedResponsibilities: await db.entryResponsibility.findMany({ orderBy: [{ entryId: 'asc' }, { position: 'asc' }] }),
  };
}

describe('seeding the real plan data', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
  });

  it('loads every organisation, line, action, round and entry of the data file', async () => {
    const report = await seedDatabase(db, data);
    expect(report.versionsAdded).toBe(0);

    const entryCount = plan.rounds.reduce((sum, round) => sum + round.entries.length, 0);
    expect(await db.organisation.count()).toBe(data.organisations.length);
    expect(await db.actionLine.count()).toBe(plan.lines.length);
    expect(await db.action.count()).toBe(plan.actions.length);
    expect(await db.reportingRound.count({ where: { state: 'PUBLISHED' } })).toBe(plan.rounds.length);
    expect(await db.actionEntry.count()).toBe(entryCount);
    expect(await db.actionUpdate.count()).toBe(entryCount);
    expect(await db.actionEntry.count({ where: { currentUpdateId: null } })).toBe(0);
  });

  it('keeps texts verbatim and parses deadlines from the planning text', async () => {
    const round = plan.rounds.find((r) => r.key === 'voortgang-2019-voorjaar')!;
    const row = round.entries.find((e) => e.planning === 'September 2020')!;
    const update = await db.actionUpdate.findFirstOrThrow({
      where: { planning: 'September 2020', entry: { round: { key: round.key } } },
    });
    expect(update.result).toBe(row.result);
    expect(update.title).toBe(row.title);
    expect(update.deadlineStart?.toISOString().slice(0, 10)).toBe('2020-09-01');
    expect(update.deadlineEnd?.toISOString().slice(0, 10)).toBe('2020-09-30');

    const openEnded = await db.actionUpdate.findMany({ where: { planning: 'Doorlopend' } });
    expect(openEnded.length).toBeGreaterThan(0);
    for (const u of openEnded) expect([u.deadlineStart, u.deadlineEnd]).toEqual([null, null]);
  });

  it('changes nothing when run a second time', async () => {
    const before = await snapshot();
    const report = await seedDatabase(db, data);
    expect(report).toEqual({ created: 0, updated: 0, versionsAdded: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('stores a corrected transcription as a new version and keeps the old one', async () => {
    const corrected = structuredClone(data);
    const entry = corrected.plans[0]!.rounds[1]!.entries[0]!;
    const original = entry.result;
    entry.result = `${original} (gecorrigeerd)`;

    const report = await seedDatabase(db, corrected);
    expect(report.versionsAdded).toBe(1);

    const action = await db.action.findFirstOrThrow({ where: { key: entry.action } });
    const versions = await db.actionUpdate.findMany({
      where: { entry: { actionId: action.id, round: { key: corrected.plans[0]!.rounds[1]!.key } } },
      orderBy: { version: 'asc' },
    });
    expect(versions.map((v) => [v.version, v.result])).toEqual([
      [1, original],
      [2, `${original} (gecorrigeerd)`],
    ]);
    const current = await db.actionEntry.findFirstOrThrow({ where: { id: versions[0]!.entryId } });
    expect(current.currentUpdateId).toBe(versions[1]!.id);
  });
});
