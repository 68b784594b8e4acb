import { describe, expect, it } from 'vitest';
import { db } from '../support/database-fixture';
import { createConceptRound } from '../support/concept-round';
import { createUser } from '../support/editing-factories';
import { snapshotTables } from '../support/snapshot-tables';
import { ForbiddenError } from '@/lib/errors';
import { findConceptOverview } from '@/lib/plans/find-concept-overview';
import { findPlanOverview } from '@/lib/plans/find-plan-overview';

/** findConceptOverview: an unpublished round as its bijlage will read, for the ministry only. */
describe('the concept of an unpublished round', () => {
  it('shows the current texts, organisations and versions, where the public side still shows the published round', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const { plan, round, lead, other } = await createConceptRound(db, 'OPEN');
    const view = await findConceptOverview({ user: ministry, roundId: round.id });
    expect(view?.kind).toBe('concept');
    if (view?.kind !== 'concept') return;
    const { overview } = view;
    expect(overview.plan.title).toBe(`${plan.title} (nieuwe titel)`);
    expect(overview.round).toMatchObject({ id: round.id, key: 'deze', title: 'Deze ronde' });
    expect(overview.previousRound?.key).toBe('vorige');
    expect(overview.lines).toHaveLength(1);
    expect(overview.lines[0]).toMatchObject({ code: '1', title: 'Lijn met nieuwe titel', intro: 'Inleiding van deze ronde.' });
    expect(overview.lines[0]!.actions).toEqual([
      expect.objectContaining({
        title: 'Een actie',
        status: 'DELAYED',
        result: 'Nieuwe stand van zaken',
        planning: 'voorjaar 2027',
        responsible: [lead, other].map(({ abbreviation, name }) => ({ abbreviation, name })),
      }),
    ]);
    expect(overview.summary.total).toBe(1);

    // The published round keeps what it published.
    const published = await findPlanOverview(plan.slug);
    expect(published?.round.key).toBe('vorige');
    expect(published?.plan.title).toBe(plan.title);
    expect(published?.lines[0]?.title).toBe('Eerste lijn');
  });

  it('is there for a closed round too', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const { round } = await createConceptRound(db, 'CLOSED');
    expect((await findConceptOverview({ user: ministry, roundId: round.id }))?.kind).toBe('concept');
  });

  it('does not exist for a published round: that one has its public bijlage', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    const { plan, round } = await createConceptRound(db, 'PUBLISHED');
    expect(await findConceptOverview({ user: ministry, roundId: round.id })).toEqual({ kind: 'published', planSlug: plan.slug, roundKey: 'deze' });
  });

  it('is refused to partner editors and readers with the Dutch reason, and changes nothing', async () => {
    const { round, lead } = await createConceptRound(db, 'OPEN');
    const partner = await createUser(db, { role: 'PARTNER_EDITOR', organisationId: lead.id });
    const before = await snapshotTables(db);
    await expect(findConceptOverview({ user: partner, roundId: round.id })).rejects.toThrow(
      new ForbiddenError('Alleen redacteuren van het ministerie mogen dit.'),
    );
    await expect(findConceptOverview({ user: null, roundId: round.id })).rejects.toThrow(new ForbiddenError('Log in om dit te doen.'));
    expect(await snapshotTables(db)).toEqual(before);
  });

  it('is null for an unknown round', async () => {
    const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
    expect(await findConceptOverview({ user: ministry, roundId: 2_000_000_000 })).toBeNull();
  });
});
