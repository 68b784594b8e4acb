import type { ActionStatus, ReviewState } from '@/lib/generated/prisma/client';
import type { Database } from '@/lib/prisma-client';
import { isoDateToDate } from '@/lib/dates';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { createOrganisation, createUser } from './editing-factories';

type Text = { status: ActionStatus; result: string; planning: string; end: string | null };

/**
 * A round under review with four actions over two lines, against a published previous round:
 * - 'Vertraagd' (org A, line 1): status and text changed, its deadline moved on and now past → over tijd, verschoven;
 * - 'Stilstaand' (org B, line 1): unchanged;
 * - 'Zonder partner' (no organisation, line 2): new in this round;
 * - 'Gedeeld' (A and B, line 2): unchanged, ready for review.
 */
export async function createReviewScene(db: Database, options: { state?: 'OPEN' | 'CLOSED' } = {}) {
  const a = await createOrganisation(db);
  const b = await createOrganisation(db);
  const plan = await db.plan.create({ data: { slug: `controle-${a.id}`, title: 'Controleplan' } });
  const lines = [
    await db.actionLine.create({ data: { planId: plan.id, key: 'l1', code: '1', title: 'Eerste lijn', position: 0 } }),
    await db.actionLine.create({ data: { planId: plan.id, key: 'l2', code: '2', title: 'Tweede lijn', position: 1 } }),
  ];
  const previousRound = await db.reportingRound.create({
    data: { planId: plan.id, key: 'vorige', title: 'Vorige ronde', date: isoDateToDate('2025-01-01'), state: 'PUBLISHED' },
  });
  const round = await db.reportingRound.create({
    data: { planId: plan.id, key: 'deze', title: 'Deze ronde', date: isoDateToDate('2026-01-01'), state: options.state ?? 'OPEN' },
  });
  let position = 0;
  async function entry(roundId: number, actionId: number, lineId: number, reviewState: ReviewState, text: Text, title: string) {
    const created = await db.actionEntry.create({ data: { actionId, roundId, lineId, position: position++, reviewState } });
    const update = await db.actionUpdate.create({
      data: {
        entryId: created.id,
        version: 1,
        title,
        status: text.status,
        result: text.result,
        planning: text.planning,
        deadlineEnd: text.end ? isoDateToDate(text.end) : null,
      },
    });
    return db.actionEntry.update({ where: { id: created.id }, data: { currentUpdateId: update.id } });
  }
  async function action(title: string, lineIndex: number, organisationIds: number[], texts: { before: Text | null; now: Text }, reviewState: ReviewState) {
    const line = lines[lineIndex]!;
    const created = await db.action.create({ data: { planId: plan.id, lineId: line.id, key: `a${position}`, title, position } });
    await db.actionResponsibility.createMany({ data: organisationIds.map((organisationId, i) => ({ actionId: created.id, organisationId, position: i })) });
    if (texts.before) await entry(previousRound.id, created.id, line.id, 'APPROVED', texts.before, title);
    return entry(round.id, created.id, line.id, reviewState, texts.now, title);
  }
  const same: Text = { status: 'IN_PROGRESS', result: 'Loopt volgens plan.', planning: 'eind 2030', end: '2030-12-31' };
  const delayed = await action(
    'Vertraagd',
    0,
    [a.id],
    {
      before: { status: 'IN_PROGRESS', result: 'Eerste fase loopt.', planning: 'maart 2020', end: '2020-03-31' },
      now: { status: 'DELAYED', result: 'Eerste fase loopt uit.', planning: 'juni 2020', end: '2020-06-30' },
    },
    'IN_PROGRESS',
  );
  const still = await action('Stilstaand', 0, [b.id], { before: same, now: same }, 'NOT_STARTED');
  const noPartner = await action('Zonder partner', 1, [], { before: null, now: same }, 'NOT_STARTED');
  const shared = await action('Gedeeld', 1, [a.id, b.id], { before: same, now: same }, 'READY_FOR_REVIEW');
  await recordPublishedTexts(db, previousRound.id);
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  const partnerA = await createUser(db, { organisationId: a.id, name: 'Petra Partner' });
  return { a, b, plan, lines, round, entries: { delayed, still, noPartner, shared }, ministry, partnerA };
}
