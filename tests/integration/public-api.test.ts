import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { createAction, createPlan, createRound, reportAction } from '../support/factories';
import { truncateAll } from '../support/test-database';
import { GET as getPlans } from '@/app/api/public/plans/route';
import { GET as getPlan } from '@/app/api/public/plans/[slug]/route';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const callPlan = (slug: string) =>
  getPlan(new Request(`http://test/api/public/plans/${slug}`), { params: Promise.resolve({ slug }) });

describe('open data API', () => {
  const data = loadSeedData();
  let draftOnlyPlanSlug: string;
  let mixedPlan: { slug: string; draftRoundTitle: string };

  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, data);

    // A plan whose only round is a draft: invisible to the public.
    const hidden = await createPlan(db);
    const hiddenRound = await createRound(db, hidden.plan.id, { state: 'DRAFT' });
    const hiddenAction = await createAction(db, hidden.plan.id, hidden.line.id);
    await reportAction(db, { actionId: hiddenAction.id, roundId: hiddenRound.id, lineId: hidden.line.id });
    draftOnlyPlanSlug = hidden.plan.slug;

    // A plan with a published and an open round: only the published one shows.
    const mixed = await createPlan(db);
    const published = await createRound(db, mixed.plan.id, { state: 'PUBLISHED', date: '2020-01-01' });
    const open = await createRound(db, mixed.plan.id, { state: 'OPEN', date: '2020-06-01' });
    const shown = await createAction(db, mixed.plan.id, mixed.line.id);
    const onlyInOpen = await createAction(db, mixed.plan.id, mixed.line.id);
    await reportAction(db, { actionId: shown.id, roundId: published.id, lineId: mixed.line.id, result: 'gepubliceerd' });
    await reportAction(db, { actionId: shown.id, roundId: open.id, lineId: mixed.line.id, result: 'concepttekst' });
    await reportAction(db, { actionId: onlyInOpen.id, roundId: open.id, lineId: mixed.line.id });
    mixedPlan = { slug: mixed.plan.slug, draftRoundTitle: open.title };
  });

  it('lists the plans that have a published round', async () => {
    const response = await getPlans();
    expect(response.status).toBe(200);
    const body = (await response.json()) as { plans: { slug: string; rounds: { date: string }[] }[] };
    const slugs = body.plans.map((p) => p.slug);
    expect(slugs).toContain('actieplan-pleegzorg');
    expect(slugs).toContain(mixedPlan.slug);
    expect(slugs).not.toContain(draftOnlyPlanSlug);
    const pleegzorg = body.plans.find((p) => p.slug === 'actieplan-pleegzorg')!;
    expect(pleegzorg.rounds.map((r) => r.date)).toEqual(data.plans[0]!.rounds.map((r) => r.date));
  });

  it('returns the real plan with lines, actions, organisations and every round’s update', async () => {
    const response = await callPlan('actieplan-pleegzorg');
    expect(response.status).toBe(200);
    const body = await response.json();
    const source = data.plans[0]!;

    expect(body.lines.map((l: { code: string }) => l.code)).toEqual(source.lines.map((l) => l.code));
    expect(body.actions).toHaveLength(source.actions.length);

    // The breakdown action research continues from line 1 (early 2019) to A1 (late 2019).
    const research = body.actions.find((a: { title: string }) => a.title === 'Actieonderzoek continuïteit en breakdown');
    expect(research.updates.map((u: { round: { title: string }; line: string }) => [u.round.title, u.line])).toEqual([
      ['Voortgang begin 2019', '1'],
      ['Voortgang eind 2019', 'A1'],
    ]);
    expect(research.updates[0]).toMatchObject({
      round: { date: '2019-02-01' },
      status: 'loopt',
      planning: 'September 2020',
      deadline: { text: 'September 2020', start: '2020-09-01', end: '2020-09-30' },
    });

    const baselineRows = source.rounds[0]!.entries.length;
    const baselineUpdates = body.actions.flatMap((a: { updates: { round: { key: string } }[] }) =>
      a.updates.filter((u) => u.round.key === source.rounds[0]!.key),
    );
    expect(baselineUpdates).toHaveLength(baselineRows);
    for (const action of body.actions) {
      for (const abbr of action.responsible) expect(typeof abbr).toBe('string');
      // The trekker is named apart: the first of the list, or null when the report names no organisation.
      expect(action.lead).toBe(action.responsible[0] ?? null);
      for (const update of action.updates) expect(update.lead).toBe(update.responsible[0] ?? null);
    }
    expect(body.actions.some((a: { lead: string | null }) => a.lead !== null)).toBe(true);
  });

  it('gives null, not a guess, for deadlines whose text names no time', async () => {
    const body = await (await callPlan('actieplan-pleegzorg')).json();
    const updates = body.actions.flatMap((a: { updates: unknown[] }) => a.updates);
    const ongoing = updates.find((u: { planning: string }) => u.planning === 'Doorlopend');
    expect(ongoing.deadline).toEqual({ text: 'Doorlopend', start: null, end: null, shift: null }); // no end: nothing to shift
  });

  it('never shows rounds that are not published, nor actions only they report', async () => {
    const body = await (await callPlan(mixedPlan.slug)).json();
    expect(body.rounds.map((r: { title: string }) => r.title)).not.toContain(mixedPlan.draftRoundTitle);
    // One action: the other is reported only in the open round. Its title is the published round's wording.
    expect(body.actions.map((a: { id: number; title: string }) => a.title)).toEqual(['Titel in deze ronde']);
    expect(body.actions[0].updates.map((u: { result: string }) => u.result)).toEqual(['gepubliceerd']);

    const hidden = await callPlan(draftOnlyPlanSlug);
    expect(hidden.status).toBe(404);
  });

  it('answers an unknown slug with a JSON 404 and an invalid one with a JSON 400', async () => {
    const unknown = await callPlan('bestaat-niet');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "Geen gepubliceerd plan met slug 'bestaat-niet'." });

    const invalid = await callPlan('Robert%27);DROP TABLE plans;--');
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error).toMatch(/kleine letters/);
  });
});
