import { describe, expect, it } from 'vitest';
import { parsePlanning } from '@/lib/deadlines/parse-planning';
import { checkSeedData } from '@/lib/seed/check-seed-data';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { SEED_DOCUMENTS } from './fixtures/seed-planning-texts';

const data = loadSeedData();
const plan = data.plans[0]!;

describe('the seed data file', () => {
  it('is consistent: every reference resolves, ✓ rows are completed, every action is reported', () => {
    expect(() => checkSeedData(data)).not.toThrow();
  });

  it('transcribes the three documents: the plan and two progress rounds, in order', () => {
    expect(plan.rounds.map((r) => [r.key, r.date, r.entries.length])).toEqual([
      ['plan-2017', '2017-05-30', 18],
      ['voortgang-2019-voorjaar', '2019-02-01', 18],
      ['voortgang-2019-najaar', '2019-11-01', 35],
    ]);
    expect(plan.rounds.filter((r) => r.isBaseline).map((r) => r.key)).toEqual(['plan-2017']);
    const topLevel = plan.lines.filter((l) => l.parent === null).map((l) => l.code);
    expect(topLevel).toEqual(['1', '2', '3', '4', 'A', 'B', 'C']);
  });

  it('has an explicit expected deadline for every planning text it contains', () => {
    const expected = new Map(
      SEED_DOCUMENTS.flatMap((doc) => doc.cases.map((c) => [`${doc.referenceDate}|${c.text}`, c] as const)),
    );
    for (const round of plan.rounds) {
      for (const entry of round.entries) {
        const known = expected.get(`${round.date}|${entry.planning}`);
        expect(known, `${round.key}: "${entry.planning}"`).toBeDefined();
        expect(parsePlanning(entry.planning, { referenceDate: round.date })).toEqual({
          start: known!.start,
          end: known!.end,
        });
      }
    }
  });

  it('keeps the check-mark glyph out of the texts: it is the completed status', () => {
    const texts = plan.rounds.flatMap((r) => r.entries.flatMap((e) => [e.title, e.result, e.planning]));
    for (const text of texts) expect(text).not.toContain('�');
  });
});

describe('checkSeedData', () => {
  it('reports every broken reference at once', () => {
    const broken = structuredClone(data);
    const round = broken.plans[0]!.rounds[1]!;
    round.entries[0]!.action = 'bestaat-niet';
    round.entries[1]!.line = 'geen-lijn';
    round.entries[2]!.completedMark = true;
    round.entries[2]!.status = 'IN_PROGRESS';
    broken.plans[0]!.actions[0]!.responsible = ['ONBEKEND'];
    expect(() => checkSeedData(broken)).toThrow(
      /onbekende actie[\s\S]*onbekende lijn geen-lijn[\s\S]*✓ maar status IN_PROGRESS/,
    );
    expect(() => checkSeedData(broken)).toThrow(/onbekende organisatie ONBEKEND/);
  });

  it('refuses an action reported twice in one round', () => {
    const doubled = structuredClone(data);
    const entries = doubled.plans[0]!.rounds[0]!.entries;
    entries.push({ ...entries[0]! });
    expect(() => checkSeedData(doubled)).toThrow(/komt twee keer voor/);
  });
});
