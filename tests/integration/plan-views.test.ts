import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { findFilteredPlanView } from '@/lib/plans/find-filtered-plan-view';
import { findRoundChanges } from '@/lib/plans/find-round-changes';
import { findOrganisationActions } from '@/lib/organisations/find-organisation-actions';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { parsePlanFilters } from '@/lib/validation/plan-filters';
import { parsePlanning } from '@/lib/deadlines/parse-planning';

const SLUG = 'actieplan-pleegzorg';
const source = loadSeedData().plans[0]!;
const view = (query: Record<string, string>) => findFilteredPlanView(SLUG, parsePlanFilters(query).data!);
const titles = (result: Awaited<ReturnType<typeof view>>) => result!.lines.flatMap((l) => l.actions.map((a) => a.title));

describe('filters and search on the real plan', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
  });

  it('without filters shows the whole latest round', async () => {
    const result = await view({});
    expect(result!.round.key).toBe('voortgang-2019-najaar');
    expect(result!.matchCount).toBe(source.rounds[2]!.entries.length);
  });

  it('narrows by organisation', async () => {
    const result = await view({ ronde: 'plan-2017', organisatie: 'NVP' });
    const expected = source.rounds[0]!.entries.filter((e) =>
      source.actions.find((a) => a.key === e.action)!.responsible.includes('NVP'),
    );
    expect(titles(result)).toEqual(expected.map((e) => e.title));
  });

  it('narrows by status and by a part with its sub-lines', async () => {
    const completed = await view({ ronde: 'voortgang-2019-voorjaar', status: 'afgerond' });
    expect(titles(completed)).toEqual(source.rounds[1]!.entries.filter((e) => e.status === 'COMPLETED').map((e) => e.title));

    const partC = await view({ lijn: 'C' });
    expect(partC!.matchCount).toBe(source.rounds[2]!.entries.filter((e) => e.line.startsWith('c')).length);
    expect(partC!.lines.map((l) => l.code)).toEqual(['C1', 'C2', 'C3']);
  });

  it('searches the Dutch texts with stemming: "pleegouder" finds "pleegouders"', async () => {
    const result = await view({ ronde: 'voortgang-2019-voorjaar', q: 'pleegouder' });
    expect(result!.matchCount).toBeGreaterThan(0);
    for (const action of result!.lines.flatMap((l) => l.actions)) {
      expect(`${action.title} ${action.result} ${action.planning}`.toLowerCase()).toContain('pleegouder');
    }
    expect(titles(result)).toContain('Project ‘versterken van de kracht van pleegouders’');
    const none = await view({ q: 'ruimtevaart' });
    expect(none!.matchCount).toBe(0);
  });

  it('keeps only over tijd actions, measured against the round’s date', async () => {
    // In the plan of 30 May 2017, "medio 2017" had not passed; by the early-2019 report the plan's
    // own deadlines had, for the actions the plan reports as not finished.
    const baseline = source.rounds[0]!;
    const expected = baseline.entries.filter((e) => {
      const end = parsePlanning(e.planning, { referenceDate: baseline.date }).end;
      return end !== null && end < baseline.date && e.status !== 'COMPLETED' && e.status !== 'STOPPED';
    });
    const result = await view({ ronde: 'plan-2017', overtijd: '1' });
    expect(titles(result)).toEqual(expected.map((e) => e.title));

    const latest = await view({ overtijd: '1' }); // measured against today
    expect(latest!.matchCount).toBeGreaterThan(0);
    for (const action of latest!.lines.flatMap((l) => l.actions)) {
      expect(action.overdue).toBe(true);
      expect(['COMPLETED', 'STOPPED']).not.toContain(action.status);
    }
  });

  it('keeps only actions new or changed since the previous round, the same ones the changes page lists', async () => {
    const changes = await findRoundChanges(SLUG, 'voortgang-2019-najaar');
    const changedOrNew = changes!.lines.flatMap((l) => l.changes).filter((c) => c.kind === 'NEW' || c.kind === 'CHANGED');
    const result = await view({ gewijzigd: '1' });
    expect(titles(result)!.sort()).toEqual(changedOrNew.map((c) => c.row.title).sort());
  });

  it('combines filters', async () => {
    const result = await view({ ronde: 'plan-2017', organisatie: 'JN', lijn: '3', q: 'pleegouders' });
    expect(result!.matchCount).toBeGreaterThan(0);
    for (const line of result!.lines) expect(line.code).toBe('3');
  });
});

describe('changes between rounds on the real plan', () => {
  it('counts new, changed, unchanged and no longer reported actions', async () => {
    const changes = (await findRoundChanges(SLUG, 'voortgang-2019-najaar'))!;
    const [previous, current] = [source.rounds[1]!, source.rounds[2]!];
    const before = new Set(previous.entries.map((e) => e.action));
    const after = new Set(current.entries.map((e) => e.action));
    expect(changes.counts.NEW).toBe([...after].filter((key) => !before.has(key)).length);
    expect(changes.counts.REMOVED).toBe([...before].filter((key) => !after.has(key)).length);
    expect(changes.counts.CHANGED + changes.counts.UNCHANGED).toBe([...after].filter((key) => before.has(key)).length);

    const platform = changes.lines.flatMap((l) => l.changes).find((c) => c.row.title === 'Centraal online platform')!;
    expect(platform).toMatchObject({ kind: 'CHANGED', statusChanged: true });
    expect(platform.previous!.title).toMatch(/^Fase 2 project/);
  });

  it('has nothing to compare for the baseline round', async () => {
    const changes = (await findRoundChanges(SLUG, 'plan-2017'))!;
    expect(changes.previousRound).toBeNull();
    expect(changes.lines).toEqual([]);
  });
});

describe('organisation pages', () => {
  it('lists every action of an organisation with its latest published status', async () => {
    const nvp = (await findOrganisationActions('nvp'))!;
    expect(nvp.organisation.abbreviation).toBe('NVP');
    const expected = source.actions.filter((a) => a.responsible.includes('NVP'));
    expect(nvp.actions.map((a) => a.title).sort()).toEqual(expected.map((a) => a.title).sort());
    expect(nvp.actions.filter((a) => a.isLead).length).toBe(expected.filter((a) => a.responsible[0] === 'NVP' && a.responsible.length > 1).length);
  });

  it('finds an organisation by the spelling the 2017 plan used', async () => {
    const jenv = await findOrganisationActions('VenJ');
    expect(jenv?.organisation.abbreviation).toBe('JenV');
    expect(await findOrganisationActions('ONBEKEND')).toBeNull();
  });
});
