import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { GET as exportRoute } from '@/app/plannen/[slug]/export/[format]/route';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { findDeadlineShift } from '@/lib/deadlines/deadline-shift';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import { findPublicPlanDocument } from '@/lib/open-data/plan-document';
import { findFilteredPlanView } from '@/lib/plans/find-filtered-plan-view';
import { findRoundChanges } from '@/lib/plans/find-round-changes';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';
import { parsePlanFilters } from '@/lib/validation/plan-filters';

const SLUG = 'actieplan-pleegzorg';
const source = loadSeedData().plans[0]!;

/** Per round key, per action title of that round, the shift the source documents imply: computed apart from the app's loaders. */
function expectedShifts(roundIndex: number): Map<string, number> {
  const [before, round] = [source.rounds[roundIndex - 1]!, source.rounds[roundIndex]!];
  const previousEnd = new Map(before.entries.map((e) => [e.action, parsePlanning(e.planning, { referenceDate: before.date })]));
  const shifts = new Map<string, number>();
  for (const entry of round.entries) {
    const shift = findDeadlineShift(previousEnd.get(entry.action) ?? null, parsePlanning(entry.planning, { referenceDate: round.date }));
    if (shift) shifts.set(entry.title, shift.months);
  }
  return shifts;
}

describe('deadline shifts on the real plan (2017 plan, two 2019 reports)', () => {
  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
  });

  it('the real reports do shift termijnen: the test data is not trivially empty', () => {
    expect(expectedShifts(1).size).toBeGreaterThan(0);
  });

  it.each([1, 2])('the changes tab of round %i counts the shifted actions and lists only them with the filter', async (index) => {
    const key = source.rounds[index]!.key;
    const expected = expectedShifts(index);
    const all = await findRoundChanges(SLUG, key);
    expect(all!.shiftCount).toBe(expected.size);
    const listed = all!.lines.flatMap((l) => l.changes);
    expect(listed.filter((c) => c.row.shift).length).toBe(expected.size);

    const only = await findRoundChanges(SLUG, key, { onlyShifted: true });
    expect(only!.onlyShifted).toBe(true);
    expect(only!.shiftCount).toBe(expected.size);
    expect(only!.counts).toEqual(all!.counts); // the counts stay the round's
    const shifted = only!.lines.flatMap((l) => l.changes);
    expect(new Map(shifted.map((c) => [c.row.title, c.row.shift!.months]))).toEqual(expected);
  });

  it('the first round has nothing to compare with: no shifts', async () => {
    const first = await findRoundChanges(SLUG, source.rounds[0]!.key, { onlyShifted: true });
    expect(first!.shiftCount).toBe(0);
    expect(first!.lines).toEqual([]);
  });

  it('the search filter verschoven=1 finds the same actions in SQL', async () => {
    const view = await findFilteredPlanView(SLUG, parsePlanFilters({ ronde: source.rounds[1]!.key, verschoven: '1' }).data!);
    const rows = view!.lines.flatMap((l) => l.actions);
    expect(new Map(rows.map((r) => [r.title, r.shift?.months]))).toEqual(expectedShifts(1));
  });

  it('open data gives deadline.shift per update per round, null where none', async () => {
    const document = await findPublicPlanDocument(SLUG);
    const updates = document!.actions.flatMap((a) => a.updates);
    const byRound = (key: string) => updates.filter((u) => u.round.key === key);
    expect(byRound(source.rounds[0]!.key).every((u) => u.deadline.shift === null)).toBe(true);
    for (const index of [1, 2]) {
      const found = byRound(source.rounds[index]!.key).filter((u) => u.deadline.shift !== null);
      expect(new Map(found.map((u) => [u.title, u.deadline.shift!.months]))).toEqual(expectedShifts(index));
    }
    const one = updates.find((u) => u.deadline.shift !== null)!;
    expect(Object.keys(one.deadline)).toEqual(['text', 'start', 'end', 'shift']);
    expect(one.deadline.shift!.newEnd).toBe(one.deadline.end);
    expect(Object.keys(one.deadline.shift!)).toEqual(['previousEnd', 'newEnd', 'months']);
  });

  it('the action page’s timeline carries the shift of each report', async () => {
    const document = await findPublicPlanDocument(SLUG);
    const action = document!.actions.find((a) => a.updates.some((u) => u.deadline.shift))!;
    const history = await findActionHistory(SLUG, action.id);
    expect(history!.history.map((h) => [h.round.key, h.shift])).toEqual(
      [...action.updates].reverse().map((u) => [u.round.key, u.deadline.shift]),
    );
  });

  it('the CSV export has the months and the previous end; JSON has deadline.shift', async () => {
    const key = source.rounds[1]!.key;
    const get = (format: string) =>
      exportRoute(new Request(`http://test/plannen/${SLUG}/export/${format}?ronde=${key}`), {
        params: Promise.resolve({ slug: SLUG, format }),
      });
    const records = parse(await (await get('csv')).text(), { delimiter: ';', bom: true }) as string[][];
    const header = records[0]!;
    const months = header.indexOf('Termijn verschoven (maanden)');
    const previousEnd = header.indexOf('Vorige einddatum');
    const title = header.indexOf('Actie');
    const csvShifts = new Map(records.slice(1).filter((r) => r[months] !== '').map((r) => [r[title]!, Number(r[months])]));
    expect(csvShifts).toEqual(expectedShifts(1));
    expect(records.slice(1).every((r) => (r[months] === '') === (r[previousEnd] === ''))).toBe(true);

    const json = (await (await get('json')).json()) as { rows: { title: string; deadline: { shift: { months: number } | null } }[] };
    const jsonShifts = new Map(json.rows.filter((r) => r.deadline.shift).map((r) => [r.title, r.deadline.shift!.months]));
    expect(jsonShifts).toEqual(expectedShifts(1));
  });
});
