/**
 * A reporting round from concept to publication, and the plan management around it: opening
 * pre-fills every action with its previous published update; moving, renaming and discontinuing
 * actions keep their history.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db, databaseUrl } from '../support/database-fixture';
import { addEntry, createOrganisation, createUser, deadlineInDays } from '../support/editing-factories';
import { truncateAll } from '../support/test-database';
import { isoDateToDate } from '@/lib/dates';
import { ForbiddenError } from '@/lib/errors';
import { createAction } from '@/lib/actions/create-action';
import { moveAction } from '@/lib/actions/move-action';
import { reorderAction } from '@/lib/actions/reorder-action';
import { setActionDiscontinued } from '@/lib/actions/set-action-discontinued';
import { updateAction } from '@/lib/actions/update-action';
import { moveLine } from '@/lib/lines/move-line';
import { approveEntry } from '@/lib/review/approve-entry';
import { findRoundReview } from '@/lib/review/find-round-review';
import { returnEntry } from '@/lib/review/return-entry';
import { closeRound } from '@/lib/rounds/close-round';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { COMPLETENESS_CATEGORIES } from '@/lib/rounds/completeness';
import { publishRound } from '@/lib/rounds/publish-round';
import { findWorkspace } from '@/lib/updates/find-workspace';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';

/** A plan with two lines, three actions of JN-like `org`, and one published round reporting two of them. */
async function publishedPlan() {
  const org = await createOrganisation(db);
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR' });
  const partner = await createUser(db, { organisationId: org.id });
  const plan = await db.plan.create({ data: { slug: `plan-${Date.now()}`, title: 'Plan' } });
  const [one, two] = await Promise.all(
    ['1', '2'].map((code, position) => db.actionLine.create({ data: { planId: plan.id, key: code, code, title: `Lijn ${code}`, position } })),
  );
  const action = (key: string, lineId: number, position: number) =>
    db.action.create({
      data: { planId: plan.id, lineId, key, title: `Actie ${key}`, position, responsibilities: { create: { organisationId: org.id, position: 0 } } },
    });
  const a = await action('a', one!.id, 0);
  const b = await action('b', one!.id, 1);
  const fresh = await action('nieuw', two!.id, 0);
  const published = await db.reportingRound.create({
    data: { planId: plan.id, key: 'r1', title: 'Voortgang 2025', date: isoDateToDate('2025-06-01'), state: 'PUBLISHED' },
  });
  await addEntry(db, { actionId: a.id, roundId: published.id, lineId: one!.id, reviewState: 'APPROVED', result: 'A liep' });
  await addEntry(db, { actionId: b.id, roundId: published.id, lineId: one!.id, reviewState: 'APPROVED', result: 'B liep' });
  await recordPublishedTexts(db, published.id);
  return { org, ministry, partner, plan, lines: { one: one!, two: two! }, actions: { a, b, fresh }, published };
}

describe('the reporting round workflow', () => {
  beforeEach(async () => {
    await truncateAll(databaseUrl);
  });

  it('goes from concept through open and closed to published, pre-filling from the previous round', async () => {
    const { ministry, partner, plan, actions, published } = await publishedPlan();
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Voortgang 2026', date: '2026-06-01' });
    expect(round).toMatchObject({ key: 'voortgang-2026', state: 'DRAFT' });
    const secondRound = await createRound({ user: ministry, planId: plan.id, title: 'Nog een', date: '2026-07-01' }).catch((error: unknown) => error);
    expect(secondRound).toBeInstanceOf(ForbiddenError);
    expect((secondRound as Error).message).toBe('Dit plan heeft al een ronde die nog niet is gepubliceerd: ‘Voortgang 2026’ (concept).');

    expect(await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() })).toEqual({ entryCount: 3 });
    const entries = await db.actionEntry.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' }, include: { currentUpdate: true } });
    expect(entries.map((e) => [e.actionId, e.position, e.reviewState, e.currentUpdate!.version, e.currentUpdate!.result])).toEqual([
      [actions.a.id, 0, 'NOT_STARTED', 1, 'A liep'],
      [actions.b.id, 1, 'NOT_STARTED', 1, 'B liep'],
      [actions.fresh.id, 2, 'NOT_STARTED', 1, ''],
    ]);
    expect(entries[2]!.currentUpdate!.status).toBe('NOT_STARTED');

    // The partner's workspace: its three actions, the previous text beside each, progress.
    const [space] = await findWorkspace({ user: partner });
    expect(space!.progress).toMatchObject({ total: 3, updated: 0 });
    expect(space!.entries[0]!.previous).toMatchObject({ roundTitle: published.title, result: 'A liep' });
    const [first, second] = space!.entries;
    await saveActionUpdate({
      user: partner,
      entryId: first!.id,
      baseVersion: 1,
      content: { status: 'COMPLETED', result: 'A is af', planning: 'Gereed' },
      markReady: true,
    });
    await saveActionUpdate({ user: partner, entryId: second!.id, baseVersion: 1, content: { status: 'IN_PROGRESS', result: 'B loopt', planning: 'najaar 2026' } });
    const [after] = await findWorkspace({ user: partner });
    expect(after!.progress).toMatchObject({ total: 3, updated: 2, ready: 1 });
    const planned = await db.actionUpdate.findFirstOrThrow({ where: { entryId: second!.id, version: 2 } });
    expect([planned.deadlineStart?.toISOString().slice(0, 10), planned.deadlineEnd?.toISOString().slice(0, 10)]).toEqual([
      '2026-09-01',
      '2026-11-30',
    ]);

    // Review: the change against the previous round, word by word; return one, approve the other.
    const review = (await findRoundReview({ user: ministry, roundId: round.id }))!;
    expect(review.counts).toMatchObject({ READY_FOR_REVIEW: 1, IN_PROGRESS: 1, NOT_STARTED: 1 });
    const reviewed = review.entries.find((e) => e.id === first!.id)!;
    expect(reviewed.changes.status).toBe(true);
    expect(reviewed.changes.result?.filter((p) => p.kind !== 'same').map((p) => p.text)).toEqual(['liep', 'is af']);
    expect(review.entries.find((e) => e.actionId === actions.fresh.id)!.changes.isNew).toBe(true);
    await returnEntry({ user: ministry, entryId: first!.id, version: 2, comment: 'Wanneer precies?' });
    const [returned] = await findWorkspace({ user: partner });
    expect(returned!.entries[0]).toMatchObject({ reviewState: 'RETURNED', reviewComment: 'Wanneer precies?', canSave: true });
    await saveActionUpdate({
      user: partner,
      entryId: first!.id,
      baseVersion: 2,
      content: { status: 'COMPLETED', result: 'A is af', planning: 'Gereed sinds mei 2026' },
      markReady: true,
    });
    await approveEntry({ user: ministry, entryId: first!.id, version: 3 });
    await approveEntry({ user: ministry, entryId: second!.id, version: 2 });

    await closeRound({ user: ministry, roundId: round.id });
    const [closed] = await findWorkspace({ user: partner });
    expect(closed!.entries.every((e) => !e.canSave)).toBe(true);
    expect(await publishRound({ user: ministry, roundId: round.id, accepted: COMPLETENESS_CATEGORIES })).toEqual({
      planSlug: plan.slug,
      roundKey: 'voortgang-2026',
    });
    const final = await db.reportingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(final.state).toBe('PUBLISHED');
    expect([final.openedAt, final.closedAt, final.publishedAt].every(Boolean)).toBe(true);
    expect(await findWorkspace({ user: partner })).toEqual([]);

    const audit = await db.auditLogEntry.findMany({ where: { entityType: 'round', entityId: String(round.id) }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.permission)).toEqual(['round.create', 'round.open', 'round.close', 'round.publish']);
  });

  it('moves an action to another line: published rounds keep their line, the open round follows', async () => {
    const { ministry, plan, lines, actions, published } = await publishedPlan();
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Ronde', date: '2026-06-01' });
    await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() });

    await moveAction({ user: ministry, actionId: actions.a.id, lineId: lines.two.id });
    const entryIn = (roundId: number) => db.actionEntry.findFirstOrThrow({ where: { roundId, actionId: actions.a.id } });
    expect((await entryIn(published.id)).lineId).toBe(lines.one.id);
    expect((await entryIn(round.id)).lineId).toBe(lines.two.id);
    const order = await db.actionEntry.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' }, select: { actionId: true } });
    expect(order.map((e) => e.actionId)).toEqual([actions.b.id, actions.fresh.id, actions.a.id]);

    await reorderAction({ user: ministry, actionId: actions.a.id, direction: 'up' });
    await moveLine({ user: ministry, lineId: lines.two.id, direction: 'up' });
    const reordered = await db.actionEntry.findMany({ where: { roundId: round.id }, orderBy: { position: 'asc' }, select: { actionId: true } });
    expect(reordered.map((e) => e.actionId)).toEqual([actions.a.id, actions.fresh.id, actions.b.id]);
    expect((await db.actionEntry.findFirstOrThrow({ where: { roundId: published.id, actionId: actions.b.id } })).position).toBe(0);
  });

  it('renames an action in the open round only, and adds a new action to it', async () => {
    const { ministry, org, plan, lines, actions, published } = await publishedPlan();
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Ronde', date: '2026-06-01' });
    await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() });

    await updateAction({ user: ministry, actionId: actions.a.id, title: 'Actie A, hernoemd', description: '', organisationIds: [org.id] });
    const titleIn = async (roundId: number) =>
      (await db.actionEntry.findFirstOrThrow({ where: { roundId, actionId: actions.a.id }, include: { currentUpdate: true } })).currentUpdate!;
    expect((await titleIn(published.id)).title).toBe('Een actie');
    expect(await titleIn(round.id)).toMatchObject({ title: 'Actie A, hernoemd', version: 2, result: 'A liep' });

    const added = await createAction({ user: ministry, planId: plan.id, lineId: lines.one.id, title: 'Gloednieuw', description: '', organisationIds: [org.id] });
    const entry = await db.actionEntry.findFirstOrThrow({ where: { roundId: round.id, actionId: added.id }, include: { currentUpdate: true } });
    expect(entry.currentUpdate).toMatchObject({ title: 'Gloednieuw', status: 'NOT_STARTED', version: 1 });
    expect(entry.position).toBe(2); // at the end of line 1, before line 2's action
  });

  it('leaves a discontinued action out of the next round and keeps its history', async () => {
    const { ministry, plan, actions, published } = await publishedPlan();
    await setActionDiscontinued({ user: ministry, actionId: actions.b.id, discontinued: true, reason: 'Opgegaan in een andere actie.' });
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Ronde', date: '2026-06-01' });
    expect(await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() })).toEqual({ entryCount: 2 });
    expect(await db.actionEntry.count({ where: { roundId: round.id, actionId: actions.b.id } })).toBe(0);
    expect(await db.actionEntry.count({ where: { roundId: published.id, actionId: actions.b.id } })).toBe(1);
  });

  it('reads a pre-filled planning text against the new round\'s date, as a save in that round would', async () => {
    const { ministry, plan, actions, published } = await publishedPlan();
    const entry = await db.actionEntry.findFirstOrThrow({ where: { roundId: published.id, actionId: actions.a.id } });
    const relative = await db.actionUpdate.create({
      data: {
        entryId: entry.id,
        version: 2,
        title: 'Een actie',
        status: 'IN_PROGRESS',
        result: 'A liep',
        planning: 'Eind dit jaar gereed',
        deadlineStart: isoDateToDate('2025-10-01'),
        deadlineEnd: isoDateToDate('2025-12-31'),
      },
    });
    await db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: relative.id } });
    const round = await createRound({ user: ministry, planId: plan.id, title: 'Voortgang 2026', date: '2026-06-01' });
    await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() });

    const prefilled = async (actionId: number) =>
      (await db.actionEntry.findFirstOrThrow({ where: { roundId: round.id, actionId }, include: { currentUpdate: true } })).currentUpdate!;
    expect(await prefilled(actions.a.id)).toMatchObject({
      planning: 'Eind dit jaar gereed',
      deadlineStart: isoDateToDate('2026-10-01'),
      deadlineEnd: isoDateToDate('2026-12-31'),
    });
    // The published round keeps the range it was published with.
    expect(await db.actionUpdate.findUniqueOrThrow({ where: { id: relative.id } })).toMatchObject({
      deadlineEnd: isoDateToDate('2025-12-31'),
    });
  });
});
