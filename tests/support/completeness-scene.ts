import type { Database } from '@/lib/prisma-client';
import { isoDateToDate } from '@/lib/dates';
import { approveEntry } from '@/lib/review/approve-entry';
import { createRound } from '@/lib/rounds/create-round';
import { openRound } from '@/lib/rounds/open-round';
import { recordPublishedTexts } from '@/lib/rounds/record-published-texts';
import { setActionDiscontinued } from '@/lib/actions/set-action-discontinued';
import { deadlineColumns } from '@/lib/updates/update-content';
import { saveActionUpdate } from '@/lib/updates/save-action-update';
import { createOrganisation, createUser, deadlineInDays } from './editing-factories';

/**
 * A round under way for the completeness tests, opened from a published round of 2025:
 * - "Ongewijzigd" (JN): not touched since the round opened, so its text is the 2025 text;
 * - "Verschoven" (JN): the partner moved its planning from "eind 2026" to "voorjaar 2027" and
 *   marked it ready, the ministry approved it;
 * - "Eigen actie" (no organisation): new in this round, planning "medio 2027" filled in by the ministry;
 * - "Gestopt" (JN): marked *niet meer rapporteren* after the round opened, its text unchanged.
 */
export async function completenessScene(db: Database) {
  const jn = await createOrganisation(db);
  const ministry = await createUser(db, { role: 'MINISTRY_EDITOR', name: 'Mira Ministerie' });
  const partner = await createUser(db, { organisationId: jn.id });
  const plan = await db.plan.create({ data: { slug: `volledig-${jn.id}`, title: 'Plan' } });
  const line = await db.actionLine.create({ data: { planId: plan.id, key: 'l1', code: '1', title: 'Werving', position: 0 } });
  const action = (key: string, title: string, position: number, organisationIds: number[]) =>
    db.action.create({
      data: {
        planId: plan.id,
        lineId: line.id,
        key,
        title,
        position,
        responsibilities: { create: organisationIds.map((organisationId, p) => ({ organisationId, position: p })) },
      },
    });
  const unchanged = await action('ongewijzigd', 'Ongewijzigd', 0, [jn.id]);
  const shifted = await action('verschoven', 'Verschoven', 1, [jn.id]);
  const own = await action('eigen', 'Eigen actie', 2, []);
  const stopped = await action('gestopt', 'Gestopt', 3, [jn.id]);

  const previous = await db.reportingRound.create({
    data: { planId: plan.id, key: 'r2025', title: 'Voortgang 2025', date: isoDateToDate('2025-06-01'), state: 'PUBLISHED' },
  });
  for (const [index, reported] of [unchanged, shifted, stopped].entries()) {
    const entry = await db.actionEntry.create({
      data: { actionId: reported.id, roundId: previous.id, lineId: line.id, position: index, reviewState: 'APPROVED' },
    });
    const update = await db.actionUpdate.create({
      data: {
        entryId: entry.id,
        version: 1,
        title: reported.title,
        status: 'IN_PROGRESS',
        result: `${reported.title}: loopt.`,
        planning: 'eind 2026',
        ...deadlineColumns('eind 2026', previous.date),
      },
    });
    await db.actionEntry.update({ where: { id: entry.id }, data: { currentUpdateId: update.id } });
  }
  await recordPublishedTexts(db, previous.id);

  const round = await createRound({ user: ministry, planId: plan.id, title: 'Voortgang 2026', date: '2026-06-01' });
  await openRound({ user: ministry, roundId: round.id, deadline: deadlineInDays() });
  const entries = await db.actionEntry.findMany({ where: { roundId: round.id }, select: { id: true, actionId: true } });
  const entryOf = (actionId: number) => entries.find((e) => e.actionId === actionId)!.id;
  const ids = { unchanged: entryOf(unchanged.id), shifted: entryOf(shifted.id), own: entryOf(own.id), stopped: entryOf(stopped.id) };

  await saveActionUpdate({
    user: partner,
    entryId: ids.shifted,
    baseVersion: 1,
    content: { status: 'IN_PROGRESS', result: 'Verschoven: eerst de evaluatie.', planning: 'voorjaar 2027' },
    markReady: true,
  });
  await approveEntry({ user: ministry, entryId: ids.shifted, version: 2 });
  await saveActionUpdate({
    user: ministry,
    entryId: ids.own,
    baseVersion: 1,
    content: { status: 'IN_PROGRESS', result: 'Gestart.', planning: 'medio 2027' },
  });
  await setActionDiscontinued({ user: ministry, actionId: stopped.id, discontinued: true, reason: 'Afgerond buiten het plan.' });
  return { jn, ministry, partner, plan, round, entries: ids };
}
