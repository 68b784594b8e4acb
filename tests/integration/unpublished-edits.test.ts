import { beforeAll, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { truncateAll } from '../support/test-database';
import { createUser, deadlineInDays } from '../support/editing-factories';
import { findActionHistory } from '@/lib/actions/find-action-history';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { publishRound } from '@/lib/rounds/publish-round';
import { findPublicPlanDocument } from '@/lib/open-data/plan-document';
import { findOrganisationActions, findPublicOrganisations } from '@/lib/organisations/find-organisation-actions';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';
import { loadSeedData } from '@/lib/seed/load-seed-data';
import { seedDatabase } from '@/lib/seed/seed-database';

const SLUG = 'actieplan-pleegzorg';

/** Renames and moves made by management show up publicly only when a round with them is published. */
describe('edits outside a published round stay private', () => {
  let actionId: number;
  let before: unknown[];

  const publicViews = async () => [
    await findActionHistory(SLUG, actionId),
    await findPublicPlanDocument(SLUG),
    await findOrganisationActions('NJi'),
    await findPublicOrganisations(),
    await findPlanOverview(SLUG),
  ];

  beforeAll(async () => {
    await truncateAll(databaseUrl);
    await seedDatabase(db, loadSeedData());
    actionId = (await db.action.findFirstOrThrow({ where: { key: 'actieonderzoek-breakdown' } })).id;
    before = await publicViews();

    // What the management pages do between rounds: a new line, the action renamed and moved there,
    // a new action of NJi's that no published round reports yet.
    const plan = await db.plan.findUniqueOrThrow({ where: { slug: SLUG } });
    const line = await db.actionLine.create({ data: { planId: plan.id, key: 'nieuw', code: 'D', title: 'Nieuwe lijn', position: 99 } });
    await db.action.update({ where: { id: actionId }, data: { title: 'Nieuwe naam, nog niet gepubliceerd', lineId: line.id } });
    const nji = await db.organisation.findUniqueOrThrow({ where: { abbreviation: 'NJi' } });
    await db.action.create({
      data: { planId: plan.id, key: 'nog-niet-gerapporteerd', title: 'Nog niet gerapporteerd', lineId: line.id, responsibilities: { create: { organisationId: nji.id, position: 0 } } },
    });
    // …and another organisation made responsible for the renamed action.
    const nvp = await db.organisation.findUniqueOrThrow({ where: { abbreviation: 'NVP' } });
    await db.actionResponsibility.deleteMany({ where: { actionId } });
    await db.actionResponsibility.create({ data: { actionId, organisationId: nvp.id, position: 0 } });
  });

  it('leaves the action page, the open data, the organisation pages and the plan page as published', async () => {
    expect(await publicViews()).toEqual(before);
    const history = (await findActionHistory(SLUG, actionId))!;
    expect(history.title).toBe('Actieonderzoek continuïteit en breakdown');
    expect(history.line.code).toBe('A1');
    expect(history.responsible.map((o) => o.abbreviation)).toEqual(['NJi']);
  });

  it('shows the new name, line and organisation from the round that publishes them, older rounds unchanged', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const plan = await db.plan.findUniqueOrThrow({ where: { slug: SLUG } });
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Voortgang 2026', date: '2026-06-01' });
    await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() });
    await closeRound({ user: ministry, roundId: round.id });
    await publishRound({ user: ministry, roundId: round.id, accepted: COMPLETENESS_CATEGORIES });

    const history = (await findActionHistory(SLUG, actionId))!;
    expect(history.title).toBe('Nieuwe naam, nog niet gepubliceerd');
    expect(history.line.code).toBe('D');
    expect(history.history.map((h) => [h.round.title, h.responsible.map((o) => o.abbreviation)])).toEqual([
      ['Voortgang 2026', ['NVP']],
      ['Voortgang eind 2019', ['NJi']],
      ['Voortgang begin 2019', ['NJi']],
    ]);
  });
});
